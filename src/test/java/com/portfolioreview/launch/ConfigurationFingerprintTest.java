package com.portfolioreview.launch;

import com.portfolioreview.job.ReviewProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

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

    /** Every setting the Assumptions sheet lists, changed alone through Spring's binder as a --config file would. */
    @Test
    void everySettingOfTheAssumptionsSheetIsPartOfIt() throws IOException {
        Path template = Files.write(tmp.resolve("template.xlsx"), new byte[] {1});
        ReviewProperties defaults = new ReviewProperties();
        String fingerprint = ConfigurationFingerprint.of(defaults, template);
        for (Map.Entry<String, String> setting : defaults.asText().entrySet()) {
            String changed = setting.getValue().matches("\\d+") ? Integer.toString(Integer.parseInt(setting.getValue()) % 12 + 1)
                    : setting.getValue().matches("[\\d.]+") ? Double.toString(Double.parseDouble(setting.getValue()) + 0.001)
                    : "EUR";
            ReviewProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(setting.getKey(), changed)))
                    .bind("review", Bindable.ofInstance(new ReviewProperties())).get();
            assertThat(bound.asText().get(setting.getKey())).as(setting.getKey()).isNotEqualTo(setting.getValue());
            assertThat(ConfigurationFingerprint.of(bound, template)).as(setting.getKey()).isNotEqualTo(fingerprint);
        }
    }
}
