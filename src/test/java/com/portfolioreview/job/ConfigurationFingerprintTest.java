package com.portfolioreview.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4: the configuration fingerprint changes with any effective review.* setting and with the template. */
class ConfigurationFingerprintTest {

    @TempDir
    Path tmp;

    @Test
    void changesWithEverySettingAndTheTemplateButNotWithHowAValueIsWritten() throws IOException {
        Path template = Files.write(tmp.resolve("template.xlsx"), new byte[] {1, 2, 3});
        String defaults = ConfigurationFingerprint.of(new ReviewProperties(), template);
        assertThat(defaults).matches("[0-9a-f]{64}").isEqualTo(ConfigurationFingerprint.of(new ReviewProperties(), template));

        ReviewProperties threshold = new ReviewProperties();
        threshold.getRules().getRecalibrate().setMaxBehind(0.2);
        ReviewProperties nested = new ReviewProperties();
        nested.getReallocation().setMaxIncrease(0.4);
        ReviewProperties currency = new ReviewProperties();
        currency.setReportingCurrency("EUR");
        assertThat(ConfigurationFingerprint.of(threshold, template)).isNotEqualTo(defaults);
        assertThat(ConfigurationFingerprint.of(nested, template)).isNotEqualTo(defaults);
        assertThat(ConfigurationFingerprint.of(currency, template)).isNotEqualTo(defaults);

        ReviewProperties sameValue = new ReviewProperties();
        sameValue.getNpv().setDiscountRate(Double.parseDouble("0.1000"));
        assertThat(ConfigurationFingerprint.of(sameValue, template)).isEqualTo(defaults);

        Files.write(template, new byte[] {1, 2, 4});
        assertThat(ConfigurationFingerprint.of(new ReviewProperties(), template)).isNotEqualTo(defaults);
    }
}
