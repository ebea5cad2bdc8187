package com.portfolioreview.launch;

import com.portfolioreview.job.ReviewProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
        String defaults = ConfigurationFingerprint.of(bound(Map.of()), template);
        assertThat(defaults).matches("[0-9a-f]{64}").isEqualTo(ConfigurationFingerprint.of(bound(Map.of()), template));

        ReviewProperties threshold = bound(Map.of("review.rules.recalibrate.max-behind", "0.2"));
        ReviewProperties nested = bound(Map.of("review.reallocation.max-increase", "0.4"));
        ReviewProperties currency = bound(Map.of("review.reporting-currency", "EUR"));
        assertThat(ConfigurationFingerprint.of(threshold, template)).isNotEqualTo(defaults);
        assertThat(ConfigurationFingerprint.of(nested, template)).isNotEqualTo(defaults);
        assertThat(ConfigurationFingerprint.of(currency, template)).isNotEqualTo(defaults);

        ReviewProperties sameValue = bound(Map.of("review.npv.discount-rate", "0.1000"));
        assertThat(ConfigurationFingerprint.of(sameValue, template)).isEqualTo(defaults);
        ReviewProperties sameDate = bound(Map.of("review.run-date", " 2026-10-31 "));
        assertThat(ConfigurationFingerprint.of(sameDate, template))
                .isEqualTo(ConfigurationFingerprint.of(bound(Map.of("review.run-date", "2026-10-31")), template))
                .isNotEqualTo(defaults);

        Files.write(template, new byte[] {1, 2, 4});
        assertThat(ConfigurationFingerprint.of(bound(Map.of()), template)).isNotEqualTo(defaults);
    }

    /** Every setting the Assumptions sheet lists, changed alone through Spring's binder as a --config file would. */
    @Test
    void everySettingOfTheAssumptionsSheetIsPartOfIt() throws IOException {
        Path template = Files.write(tmp.resolve("template.xlsx"), new byte[] {1});
        ReviewProperties defaults = bound(Map.of());
        String fingerprint = ConfigurationFingerprint.of(defaults, template);
        for (Map.Entry<String, String> setting : defaults.asText().entrySet()) {
            String changed = setting.getValue().matches("\\d+") ? Integer.toString(Integer.parseInt(setting.getValue()) % 12 + 1)
                    : setting.getValue().matches("[\\d.]+") ? Double.toString(Double.parseDouble(setting.getValue()) + 0.001)
                    : "EUR";
            ReviewProperties changedAlone = bound(Map.of(setting.getKey(), changed));
            assertThat(changedAlone.asText().get(setting.getKey())).as(setting.getKey()).isNotEqualTo(setting.getValue());
            assertThat(ConfigurationFingerprint.of(changedAlone, template)).as(setting.getKey()).isNotEqualTo(fingerprint);
        }
    }

    /** The settings bound from {@code review.*} keys; the SPEC defaults for the others. */
    private static ReviewProperties bound(Map<String, String> keys) {
        return new Binder(new MapConfigurationPropertySource(keys)).bindOrCreate("review", ReviewProperties.class);
    }
}
