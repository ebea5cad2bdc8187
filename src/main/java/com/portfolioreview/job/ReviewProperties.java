package com.portfolioreview.job;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every {@code review.*} setting (SPEC §2, §1.3), with the SPEC defaults. Unknown keys under
 * {@code review.} and out-of-range values stop the program with exit code 2.
 */
@Validated
@ConfigurationProperties(prefix = "review", ignoreUnknownFields = false)
public class ReviewProperties {

    /** ISO 4217 code every amount is converted into. */
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as USD")
    private String reportingCurrency = "USD";

    /**
     * "Today" (SPEC §1.2, §4): actuals and KPI values dated after its month are bad rows, and the
     * default period is never after it. Null (the key unset or empty): the system clock's date.
     */
    private LocalDate runDate;

    /** First month (1–12) of the fiscal year, for the YTD figures. */
    @Min(1)
    @Max(12)
    private int fiscalYearStartMonth = 1;

    @Valid
    private final Input input = new Input();
    @Valid
    private final Npv npv = new Npv();
    @Valid
    private final Rules rules = new Rules();
    @Valid
    private final Reallocation reallocation = new Reallocation();

    public String getReportingCurrency() {
        return reportingCurrency;
    }

    public void setReportingCurrency(String reportingCurrency) {
        this.reportingCurrency = reportingCurrency;
    }

    /** {@code YYYY-MM-DD}, or empty for the system clock. */
    public String getRunDate() {
        return runDate == null ? "" : runDate.toString();
    }

    /**
     * Bound as text so that an empty value means the system clock (a date type would leave an
     * empty key unbound, which is refused as an unknown key); a bad date stops the program.
     */
    public void setRunDate(String runDate) {
        try {
            this.runDate = runDate == null || runDate.isBlank() ? null : LocalDate.parse(runDate.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("review.run-date must be a date YYYY-MM-DD, or empty for the system"
                    + " clock; got '" + runDate + "'");
        }
    }

    /** The configured run date, else today's date by the system clock. */
    public LocalDate today() {
        return runDate != null ? runDate : LocalDate.now();
    }

    public int getFiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public void setFiscalYearStartMonth(int fiscalYearStartMonth) {
        this.fiscalYearStartMonth = fiscalYearStartMonth;
    }

    public Input getInput() {
        return input;
    }

    public Npv getNpv() {
        return npv;
    }

    public Rules getRules() {
        return rules;
    }

    public Reallocation getReallocation() {
        return reallocation;
    }

    /** Every setting as {@code review.key → value} text, for the Assumptions sheet and the JSON summary. */
    public SortedMap<String, String> asText() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("review.reporting-currency", reportingCurrency);
        m.put("review.fiscal-year-start-month", Integer.toString(fiscalYearStartMonth));
        if (runDate != null) {
            m.put("review.run-date", runDate.toString());
        }
        m.put("review.input.max-reject-ratio", Double.toString(input.maxRejectRatio));
        m.put("review.npv.horizon-months", Integer.toString(npv.horizonMonths));
        m.put("review.npv.discount-rate", Double.toString(npv.discountRate));
        m.put("review.rules.cancel.max-attainment", Double.toString(rules.cancel.maxAttainment));
        m.put("review.rules.cancel.max-overspend", Double.toString(rules.cancel.maxOverspend));
        m.put("review.rules.cancel.max-behind", Double.toString(rules.cancel.maxBehind));
        m.put("review.rules.recalibrate.min-data-quality", Integer.toString(rules.recalibrate.minDataQuality));
        m.put("review.rules.recalibrate.max-overspend", Double.toString(rules.recalibrate.maxOverspend));
        m.put("review.rules.recalibrate.max-forecast-overrun", Double.toString(rules.recalibrate.maxForecastOverrun));
        m.put("review.rules.recalibrate.max-behind", Double.toString(rules.recalibrate.maxBehind));
        m.put("review.rules.recalibrate.funding-cut", Double.toString(rules.recalibrate.fundingCut));
        m.put("review.reallocation.min-benefit-cost-ratio", Double.toString(reallocation.minBenefitCostRatio));
        m.put("review.reallocation.max-increase", Double.toString(reallocation.maxIncrease));
        return m;
    }

    public static class Input {
        /** Largest share of a file's data rows that may be rejected before the input is unusable. */
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        private double maxRejectRatio = 0.02;

        public double getMaxRejectRatio() {
            return maxRejectRatio;
        }

        public void setMaxRejectRatio(double maxRejectRatio) {
            this.maxRejectRatio = maxRejectRatio;
        }
    }

    public static class Npv {
        @Min(1)
        @Max(600)
        private int horizonMonths = 24;
        /** Annual discount rate. */
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        private double discountRate = 0.10;

        public int getHorizonMonths() {
            return horizonMonths;
        }

        public void setHorizonMonths(int horizonMonths) {
            this.horizonMonths = horizonMonths;
        }

        public double getDiscountRate() {
            return discountRate;
        }

        public void setDiscountRate(double discountRate) {
            this.discountRate = discountRate;
        }
    }

    public static class Rules {
        @Valid
        private final Cancel cancel = new Cancel();
        @Valid
        private final Recalibrate recalibrate = new Recalibrate();

        public Cancel getCancel() {
            return cancel;
        }

        public Recalibrate getRecalibrate() {
            return recalibrate;
        }
    }

    public static class Cancel {
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        private double maxAttainment = 0.50;
        @DecimalMin("0.0")
        private double maxOverspend = 0.30;
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        private double maxBehind = 0.30;

        public double getMaxAttainment() {
            return maxAttainment;
        }

        public void setMaxAttainment(double maxAttainment) {
            this.maxAttainment = maxAttainment;
        }

        public double getMaxOverspend() {
            return maxOverspend;
        }

        public void setMaxOverspend(double maxOverspend) {
            this.maxOverspend = maxOverspend;
        }

        public double getMaxBehind() {
            return maxBehind;
        }

        public void setMaxBehind(double maxBehind) {
            this.maxBehind = maxBehind;
        }
    }

    public static class Recalibrate {
        @Min(0)
        @Max(100)
        private int minDataQuality = 60;
        @DecimalMin("0.0")
        private double maxOverspend = 0.10;
        @DecimalMin("0.0")
        private double maxForecastOverrun = 0.10;
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        private double maxBehind = 0.15;
        @DecimalMin("0.0")
        @DecimalMax("1.0")
        private double fundingCut = 0.25;

        public int getMinDataQuality() {
            return minDataQuality;
        }

        public void setMinDataQuality(int minDataQuality) {
            this.minDataQuality = minDataQuality;
        }

        public double getMaxOverspend() {
            return maxOverspend;
        }

        public void setMaxOverspend(double maxOverspend) {
            this.maxOverspend = maxOverspend;
        }

        public double getMaxForecastOverrun() {
            return maxForecastOverrun;
        }

        public void setMaxForecastOverrun(double maxForecastOverrun) {
            this.maxForecastOverrun = maxForecastOverrun;
        }

        public double getMaxBehind() {
            return maxBehind;
        }

        public void setMaxBehind(double maxBehind) {
            this.maxBehind = maxBehind;
        }

        public double getFundingCut() {
            return fundingCut;
        }

        public void setFundingCut(double fundingCut) {
            this.fundingCut = fundingCut;
        }
    }

    public static class Reallocation {
        @DecimalMin("0.0")
        private double minBenefitCostRatio = 1.5;
        @DecimalMin("0.0")
        private double maxIncrease = 0.50;

        public double getMinBenefitCostRatio() {
            return minBenefitCostRatio;
        }

        public void setMinBenefitCostRatio(double minBenefitCostRatio) {
            this.minBenefitCostRatio = minBenefitCostRatio;
        }

        public double getMaxIncrease() {
            return maxIncrease;
        }

        public void setMaxIncrease(double maxIncrease) {
            this.maxIncrease = maxIncrease;
        }
    }
}
