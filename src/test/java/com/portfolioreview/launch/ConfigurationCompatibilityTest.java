package com.portfolioreview.launch;

import com.portfolioreview.job.ReviewProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compatibility fixture, pinned on purpose: the settings' JSON that {@link ConfigurationFingerprint}
 * hashes, and the {@code review.key → value} text of the Assumptions sheet, for the packaged
 * defaults and for one configuration file that changes several settings.
 *
 * <p>The configuration fingerprint identifies the runs stored in every installation's database
 * (SPEC §4). If this JSON changes for the same YAML, even by one byte (a property renamed, added
 * or dropped, a number written differently, a derived getter appearing), every installation
 * treats its stored runs as of another configuration: the next start reviews the period again
 * instead of saying "nothing to do", and a failed run is no longer resumed. Do not update these
 * strings to make a refactoring pass; a deliberate change of the settings is a release note.
 * (Pinned from the JavaBean {@code ReviewProperties} of commit c88c2b9.)
 */
class ConfigurationCompatibilityTest {

    /** A --config file changing several settings, one of them ({@code discount-rate}) to its default written otherwise. */
    private static final String NON_DEFAULT = """
            review:
              reporting-currency: EUR
              run-date: " 2026-10-31 "
              fiscal-year-start-month: 4
              input:
                max-reject-ratio: 0.05
              npv:
                discount-rate: 0.1000
              rules:
                recalibrate:
                  max-behind: 0.2
              reallocation:
                max-increase: 0.4
            """;

    @TempDir
    Path tmp;

    @Test
    void thePackagedDefaultsHaveTheJsonAndTextOfEveryEarlierRelease() throws IOException {
        ReviewProperties defaults = bound("");

        assertThat(json(defaults)).isEqualTo("{\"fiscalYearStartMonth\":1,\"input\":{\"maxRejectRatio\":0.02},"
                + "\"npv\":{\"discountRate\":0.1,\"horizonMonths\":24},\"reallocation\":{\"maxIncrease\":0.5,"
                + "\"minBenefitCostRatio\":1.5},\"reportingCurrency\":\"USD\",\"rules\":{\"cancel\":{\"maxAttainment\":0.5,"
                + "\"maxBehind\":0.3,\"maxOverspend\":0.3},\"recalibrate\":{\"fundingCut\":0.25,\"maxBehind\":0.15,"
                + "\"maxForecastOverrun\":0.1,\"maxOverspend\":0.1,\"minDataQuality\":60}},\"runDate\":\"\"}");
        assertThat(ConfigurationFingerprint.of(defaults, template()))
                .isEqualTo("3ffbd18cf4877989e443460225a48c0b24662cf795205f9628c93fb309ce9fe3");
        assertThat(defaults.asText()).hasToString("{" + CLOUD_DEFAULTS_TEXT + "review.fiscal-year-start-month=1, review.history.months=12, review.input.max-reject-ratio=0.02,"
                + " review.npv.discount-rate=0.1, review.npv.horizon-months=24, review.reallocation.max-increase=0.5,"
                + " review.reallocation.min-benefit-cost-ratio=1.5, review.reporting-currency=USD,"
                + " review.rules.cancel.max-attainment=0.5, review.rules.cancel.max-behind=0.3,"
                + " review.rules.cancel.max-overspend=0.3, review.rules.cancel.max-recalibrate-months=3,"
                + " review.rules.cancel.min-gap-improvement=0.05, review.rules.recalibrate.funding-cut=0.25,"
                + " review.rules.recalibrate.max-behind=0.15, review.rules.recalibrate.max-forecast-overrun=0.1,"
                + " review.rules.recalibrate.max-overspend=0.1, review.rules.recalibrate.min-data-quality=60}");
    }

    @Test
    void aChangedConfigurationHasTheJsonAndTextOfEveryEarlierRelease() throws IOException {
        ReviewProperties changed = bound(NON_DEFAULT);

        assertThat(json(changed)).isEqualTo("{\"fiscalYearStartMonth\":4,\"input\":{\"maxRejectRatio\":0.05},"
                + "\"npv\":{\"discountRate\":0.1,\"horizonMonths\":24},\"reallocation\":{\"maxIncrease\":0.4,"
                + "\"minBenefitCostRatio\":1.5},\"reportingCurrency\":\"EUR\",\"rules\":{\"cancel\":{\"maxAttainment\":0.5,"
                + "\"maxBehind\":0.3,\"maxOverspend\":0.3},\"recalibrate\":{\"fundingCut\":0.25,\"maxBehind\":0.2,"
                + "\"maxForecastOverrun\":0.1,\"maxOverspend\":0.1,\"minDataQuality\":60}},\"runDate\":\"2026-10-31\"}");
        assertThat(ConfigurationFingerprint.of(changed, template()))
                .isEqualTo("85056348db0c07ad53a15053eaeef5a9f668c30af31959d58123fc23d1d048e7");
        assertThat(changed.asText()).hasToString("{" + CLOUD_DEFAULTS_TEXT + "review.fiscal-year-start-month=4, review.history.months=12, review.input.max-reject-ratio=0.05,"
                + " review.npv.discount-rate=0.1, review.npv.horizon-months=24, review.reallocation.max-increase=0.4,"
                + " review.reallocation.min-benefit-cost-ratio=1.5, review.reporting-currency=EUR,"
                + " review.rules.cancel.max-attainment=0.5, review.rules.cancel.max-behind=0.3,"
                + " review.rules.cancel.max-overspend=0.3, review.rules.cancel.max-recalibrate-months=3,"
                + " review.rules.cancel.min-gap-improvement=0.05, review.rules.recalibrate.funding-cut=0.25,"
                + " review.rules.recalibrate.max-behind=0.2, review.rules.recalibrate.max-forecast-overrun=0.1,"
                + " review.rules.recalibrate.max-overspend=0.1, review.rules.recalibrate.min-data-quality=60,"
                + " review.run-date=2026-10-31}");
    }

    /**
     * The cloud settings (added with the cloud bills, SPEC §1.4) are listed on the Assumptions sheet
     * like every setting in force; at their defaults they are left out of the fingerprint's JSON.
     */
    private static final String CLOUD_DEFAULTS_TEXT = "review.cloud.cost-category=CLOUD, review.cloud.cost-column=BilledCost,"
            + " review.cloud.initiative-tag=initiative_id, review.cloud.period-column=BillingPeriodStart, ";

    @Test
    void aChangedCloudSettingIsAnotherConfiguration() throws IOException {
        ReviewProperties effective = bound("review:\n  cloud:\n    cost-column: EffectiveCost\n");

        assertThat(json(effective)).startsWith("{\"cloud\":{\"costCategory\":\"CLOUD\",\"costColumn\":\"EffectiveCost\","
                + "\"initiativeTag\":\"initiative_id\",\"periodColumn\":\"BillingPeriodStart\"},\"fiscalYearStartMonth\":1,");
        assertThat(ConfigurationFingerprint.of(effective, template()))
                .isNotEqualTo(ConfigurationFingerprint.of(bound(""), template()));
    }

    /**
     * Month over month's settings (SPEC §2.5 STALLED, §2.6) are listed like every setting; at their
     * defaults they are left out of the fingerprint's JSON, changed they make another configuration.
     */
    @Test
    void aChangedStalledThresholdOrHistoryLengthIsAnotherConfiguration() throws IOException {
        String defaults = ConfigurationFingerprint.of(bound(""), template());
        ReviewProperties months = bound("review:\n  rules:\n    cancel:\n      max-recalibrate-months: 4\n");
        ReviewProperties gap = bound("review:\n  rules:\n    cancel:\n      min-gap-improvement: 0.1\n");
        ReviewProperties history = bound("review:\n  history:\n    months: 6\n");

        assertThat(json(months)).contains("\"maxRecalibrateMonths\":4");
        assertThat(json(gap)).contains("\"minGapImprovement\":0.1");
        assertThat(json(history)).startsWith("{\"fiscalYearStartMonth\":1,\"history\":{\"months\":6},");
        assertThat(List.of(ConfigurationFingerprint.of(months, template()), ConfigurationFingerprint.of(gap, template()),
                ConfigurationFingerprint.of(history, template()))).doesNotContain(defaults).doesNotHaveDuplicates();
    }

    private static String json(ReviewProperties settings) {
        return new String(ConfigurationFingerprint.settingsJson(settings), StandardCharsets.UTF_8);
    }

    /** A template of three fixed bytes: the pinned hashes must not follow edits of the real template. */
    private Path template() throws IOException {
        return Files.write(tmp.resolve("template.xlsx"), new byte[] {1, 2, 3});
    }

    /** The {@code review.*} settings as the program binds them: {@code overrides} (a --config file) over application.yml. */
    static ReviewProperties bound(String overrides) throws IOException {
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        MutablePropertySources sources = new MutablePropertySources();
        for (PropertySource<?> s : yaml.load("config", new ByteArrayResource(overrides.getBytes(StandardCharsets.UTF_8)))) {
            sources.addLast(s);
        }
        for (PropertySource<?> s : yaml.load("application.yml", new ClassPathResource("application.yml"))) {
            sources.addLast(s);
        }
        return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate("review", ReviewProperties.class);
    }
}
