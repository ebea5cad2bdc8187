package com.portfolioreview.job;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every {@code review.*} setting (SPEC §2, §1.3), with the SPEC defaults, bound once through the
 * constructor. Unknown keys under {@code review.} and out-of-range values stop the program with
 * exit code 2.
 *
 * <p>The components are the settings the configuration fingerprint hashes (as JSON, see
 * {@link ConfigurationFingerprint} and its pinned fixture): a component added, renamed or of
 * another type is another fingerprint for every stored run. Methods other than the accessors are
 * not named {@code getX}/{@code isX}, so that the JSON has the components only.
 *
 * @param reportingCurrency    ISO 4217 code every amount is converted into
 * @param runDate              "today" (SPEC §1.2, §4) as {@code YYYY-MM-DD}, or empty (the key unset or
 *                             empty) for the system clock's date: actuals and KPI values dated after
 *                             its month are bad rows, and the default period is never after it. Text,
 *                             normalised to the ISO date: so an empty value is the system clock, a
 *                             value that is no date stops the program with its own message, and the
 *                             fingerprint hashes it as it always has ({@code ""} when unset).
 * @param fiscalYearStartMonth first month (1–12) of the fiscal year, for the YTD figures
 */
@Validated
@ConfigurationProperties(prefix = "review", ignoreUnknownFields = false)
public record ReviewProperties(
        @DefaultValue("USD")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as USD")
        String reportingCurrency,
        String runDate,
        @DefaultValue("1") @Min(1) @Max(12) int fiscalYearStartMonth,
        @DefaultValue @Valid Input input,
        @DefaultValue @Valid Npv npv,
        @DefaultValue @Valid Rules rules,
        @DefaultValue @Valid Reallocation reallocation,
        @DefaultValue @Valid Cloud cloud,
        @DefaultValue @Valid History history,
        @DefaultValue @Valid Delivery delivery) {

    public ReviewProperties {
        runDate = isoDateOrEmpty(runDate);
    }

    private static String isoDateOrEmpty(String runDate) {
        try {
            return runDate == null || runDate.isBlank() ? "" : LocalDate.parse(runDate.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("review.run-date must be a date YYYY-MM-DD, or empty for the system"
                    + " clock; got '" + runDate + "'");
        }
    }

    /** The configured run date, else today's date by the system clock. */
    public LocalDate today() {
        return runDate.isEmpty() ? LocalDate.now() : LocalDate.parse(runDate);
    }

    /** Every setting as {@code review.key → value} text, for the Assumptions sheet and the JSON summary. */
    public SortedMap<String, String> asText() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("review.reporting-currency", reportingCurrency);
        m.put("review.fiscal-year-start-month", Integer.toString(fiscalYearStartMonth));
        if (!runDate.isEmpty()) {
            m.put("review.run-date", runDate);
        }
        m.put("review.input.max-reject-ratio", Double.toString(input.maxRejectRatio()));
        m.put("review.npv.horizon-months", Integer.toString(npv.horizonMonths()));
        m.put("review.npv.discount-rate", Double.toString(npv.discountRate()));
        m.put("review.rules.cancel.max-attainment", Double.toString(rules.cancel().maxAttainment()));
        m.put("review.rules.cancel.max-overspend", Double.toString(rules.cancel().maxOverspend()));
        m.put("review.rules.cancel.max-behind", Double.toString(rules.cancel().maxBehind()));
        m.put("review.rules.cancel.max-recalibrate-months", Integer.toString(rules.cancel().maxRecalibrateMonths()));
        m.put("review.rules.cancel.min-gap-improvement", Double.toString(rules.cancel().minGapImprovement()));
        m.put("review.history.months", Integer.toString(history.months()));
        m.put("review.rules.recalibrate.min-data-quality", Integer.toString(rules.recalibrate().minDataQuality()));
        m.put("review.rules.recalibrate.max-overspend", Double.toString(rules.recalibrate().maxOverspend()));
        m.put("review.rules.recalibrate.max-forecast-overrun", Double.toString(rules.recalibrate().maxForecastOverrun()));
        m.put("review.rules.recalibrate.max-behind", Double.toString(rules.recalibrate().maxBehind()));
        m.put("review.rules.recalibrate.funding-cut", Double.toString(rules.recalibrate().fundingCut()));
        m.put("review.reallocation.min-benefit-cost-ratio", Double.toString(reallocation.minBenefitCostRatio()));
        m.put("review.reallocation.max-increase", Double.toString(reallocation.maxIncrease()));
        m.put("review.cloud.cost-column", cloud.costColumn());
        m.put("review.cloud.period-column", cloud.periodColumn());
        m.put("review.cloud.initiative-tag", cloud.initiativeTag());
        m.put("review.cloud.cost-category", cloud.costCategory());
        return m;
    }

    /** @param maxRejectRatio largest share of a file's data rows that may be rejected before the input is unusable */
    public record Input(
            @DefaultValue("0.02") @DecimalMin("0.0") @DecimalMax("1.0") double maxRejectRatio) {
    }

    /** @param discountRate annual discount rate */
    public record Npv(
            @DefaultValue("24") @Min(1) @Max(600) int horizonMonths,
            @DefaultValue("0.10") @DecimalMin("0.0") @DecimalMax("1.0") double discountRate) {
    }

    public record Rules(
            @DefaultValue @Valid Cancel cancel,
            @DefaultValue @Valid Recalibrate recalibrate) {
    }

    /**
     * @param maxRecalibrateMonths STALLED: the periods before P the other rules must also have recalibrated
     * @param minGapImprovement    STALLED: how far the attainment gap must have risen over those periods
     */
    public record Cancel(
            @DefaultValue("0.50") @DecimalMin("0.0") @DecimalMax("1.0") double maxAttainment,
            @DefaultValue("0.30") @DecimalMin("0.0") double maxOverspend,
            @DefaultValue("0.30") @DecimalMin("0.0") @DecimalMax("1.0") double maxBehind,
            @DefaultValue("3") @Min(1) @Max(24) int maxRecalibrateMonths,
            @DefaultValue("0.05") @DecimalMin("0.0") @DecimalMax("1.0") double minGapImprovement) {

        public static final int DEFAULT_MAX_RECALIBRATE_MONTHS = 3;
        public static final double DEFAULT_MIN_GAP_IMPROVEMENT = 0.05;
    }

    /** @param months the months before P that month over month recomputes and the History sheet shows (SPEC §2.6) */
    public record History(@DefaultValue("12") @Min(1) @Max(60) int months) {

        public static final History DEFAULTS = new History(12);
    }

    public record Recalibrate(
            @DefaultValue("60") @Min(0) @Max(100) int minDataQuality,
            @DefaultValue("0.10") @DecimalMin("0.0") double maxOverspend,
            @DefaultValue("0.10") @DecimalMin("0.0") double maxForecastOverrun,
            @DefaultValue("0.15") @DecimalMin("0.0") @DecimalMax("1.0") double maxBehind,
            @DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("1.0") double fundingCut) {
    }

    /**
     * How cloud exports are read (SPEC §1.4).
     *
     * @param costColumn    {@code BilledCost}, or {@code EffectiveCost} for the amortised cost
     * @param periodColumn  {@code BillingPeriodStart}, or {@code ChargePeriodStart} for the usage month
     * @param initiativeTag without cloud_allocation.csv, the tag whose value is the initiative id
     * @param costCategory  the cost category of the allocated actuals; budgets come from spend rows with it
     */
    public record Cloud(
            @DefaultValue("BilledCost")
            @Pattern(regexp = "BilledCost|EffectiveCost", message = "must be BilledCost or EffectiveCost") String costColumn,
            @DefaultValue("BillingPeriodStart")
            @Pattern(regexp = "BillingPeriodStart|ChargePeriodStart",
                    message = "must be BillingPeriodStart or ChargePeriodStart") String periodColumn,
            @DefaultValue("initiative_id") @NotBlank String initiativeTag,
            @DefaultValue("CLOUD") @Pattern(regexp = "\\S.{0,39}", message = "must be 1 to 40 characters") String costCategory) {

        /** The defaults, as application.yml and the {@code @DefaultValue}s give them. */
        public static final Cloud DEFAULTS = new Cloud("BilledCost", "BillingPeriodStart", "initiative_id", "CLOUD");
    }

    /**
     * Who receives the workbooks by e-mail (SPEC §5); nobody by default. Not part of the
     * configuration fingerprint: who is told does not change what is reviewed.
     *
     * @param from            the sender address; empty: {@code spring.mail.username}
     * @param portfolioTo     who receives the portfolio workbook
     * @param businessUnits   business unit name → who receives its workbook
     * @param ownerNotices    each owner of a CANCEL, STALLED, RECALIBRATE or changed initiative gets a notice
     * @param maxAttachmentMb a larger workbook is not attached, the message says where it is (0: never attach)
     */
    public record Delivery(
            @DefaultValue("") @Pattern(regexp = "|[^@\\s]+@[^@\\s]+", message = "must be an e-mail address") String from,
            @DefaultValue List<@NotBlank @Email(message = "must be an e-mail address") String> portfolioTo,
            @DefaultValue Map<String, @Valid BusinessUnit> businessUnits,
            @DefaultValue("false") boolean ownerNotices,
            @DefaultValue("10") @Min(0) @Max(1000) int maxAttachmentMb) {
    }

    /** @param to who receives the business unit's workbook */
    public record BusinessUnit(@DefaultValue List<@NotBlank @Email(message = "must be an e-mail address") String> to) {
    }

    public record Reallocation(
            @DefaultValue("1.5") @DecimalMin("0.0") double minBenefitCostRatio,
            @DefaultValue("0.50") @DecimalMin("0.0") double maxIncrease) {
    }
}
