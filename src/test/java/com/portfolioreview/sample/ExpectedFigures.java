package com.portfolioreview.sample;

import static com.portfolioreview.sample.SamplePortfolio.PERIOD;
import static com.portfolioreview.sample.SamplePortfolio.monthsFromTo;

import com.portfolioreview.decision.Decision;
import com.portfolioreview.decision.FindingCode;
import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.sample.SamplePortfolio.Fate;
import com.portfolioreview.sample.SamplePortfolio.InitiativeRow;
import com.portfolioreview.sample.SamplePortfolio.Measurement;
import com.portfolioreview.sample.SamplePortfolio.SpendLine;
import com.portfolioreview.sample.SamplePortfolio.TargetRow;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An independent, deliberately plain re-computation of the SPEC §2 figures of one sample
 * initiative, straight from the generated rows (not from the job's code), and of the §2.5
 * findings they lead to with the default thresholds. Every threshold comparison is made with a
 * safety margin: a value within the margin of its threshold is reported as a near miss, so the
 * sample never depends on rounding.
 */
record ExpectedFigures(
        String id,
        boolean notStarted,
        int ageMonths,
        int maturityMonths,
        boolean mature,
        BigDecimal budgetItd,
        BigDecimal actualItd,
        Double varianceItdPct,
        BigDecimal burnRate,
        int monthsRemaining,
        BigDecimal eac,
        BigDecimal approvedBudget,
        Double vacPct,
        BigDecimal benefitItd,
        BigDecimal benefitRunRate,
        Double attainment,
        double expectedAttainment,
        Double attainmentGap,
        Double roiItd,
        BigDecimal netRunRate,
        double kpiCompleteness,
        double spendCompleteness,
        int fresh,
        int rejectedRows,
        int dqScore,
        BigDecimal nextQuarterBudget) {

    /** Margin kept from every ratio threshold (3 percentage points) and from dq 60 (3 points). */
    static final double MARGIN = 0.03;
    static final int DQ_MARGIN = 3;

    private static final MathContext MC = MathContext.DECIMAL128;

    /** The findings and, separately, every comparison that came within the margin of its threshold. */
    record Findings(Set<FindingCode> codes, List<String> nearMisses) {

        Decision decision(boolean notStarted) {
            if (notStarted) {
                return Decision.NOT_STARTED;
            }
            Decision worst = Decision.CONTINUE;
            for (FindingCode code : codes) {
                if (code.decision().ordinal() < worst.ordinal()) {
                    worst = code.decision();
                }
            }
            return worst;
        }
    }

    /** eac = actual_itd + burn_rate x months_remaining, in USD (also used to size the approved budget). */
    static BigDecimal estimateAtCompletion(SamplePortfolio portfolio, String id, YearMonth start, YearMonth end) {
        Map<YearMonth, BigDecimal> actual = actualByMonth(portfolio, id);
        BigDecimal itd = actual.entrySet().stream().filter(e -> !e.getKey().isAfter(PERIOD))
                .map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return itd.add(burnRate(actual, monthsFromTo(start, PERIOD), PERIOD)
                .multiply(BigDecimal.valueOf(remaining(end, PERIOD))));
    }

    private static int remaining(YearMonth end, YearMonth at) {
        return end.isAfter(at) ? monthsFromTo(at.plusMonths(1), end) : 0;
    }

    private static BigDecimal burnRate(Map<YearMonth, BigDecimal> actualByMonth, int age, YearMonth at) {
        int n = Math.min(3, age);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            sum = sum.add(actualByMonth.getOrDefault(at.minusMonths(i), BigDecimal.ZERO));
        }
        return sum.divide(BigDecimal.valueOf(n), MC);
    }

    private static BigDecimal usd(SamplePortfolio portfolio, BigDecimal amount, YearMonth period, String currency) {
        return amount == null ? BigDecimal.ZERO : amount.multiply(portfolio.rate(period, currency));
    }

    private static List<SpendLine> acceptedSpend(SamplePortfolio portfolio, String id) {
        return portfolio.spend().stream()
                .filter(l -> l.fate() == Fate.ACCEPTED && l.initiativeId().equals(id)).toList();
    }

    private static Map<YearMonth, BigDecimal> actualByMonth(SamplePortfolio portfolio, String id) {
        Map<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        for (SpendLine line : acceptedSpend(portfolio, id)) {
            byMonth.merge(line.period(), usd(portfolio, line.actual(), line.period(), line.currency()), BigDecimal::add);
        }
        return byMonth;
    }

    /**
     * KPI key → period → value as the job must read it: accepted and superseded rows in reading
     * order (file name, then line), the last one winning; rejected rows left out.
     */
    static Map<String, Map<YearMonth, BigDecimal>> measuredValues(SamplePortfolio portfolio, String id) {
        List<Measurement> readingOrder = new ArrayList<>();
        for (String file : SamplePortfolio.KPI_DIALECTS.keySet().stream().sorted().toList()) {
            readingOrder.addAll(portfolio.measurementsOf(file));
        }
        Map<String, Map<YearMonth, BigDecimal>> values = new HashMap<>();
        for (Measurement m : readingOrder) {
            if (m.initiativeId().equals(id) && m.fate() != Fate.REJECTED) {
                values.computeIfAbsent(KpiTarget.keyOf(m.kpi()), k -> new TreeMap<>()).put(m.period(), m.value());
            }
        }
        return values;
    }

    static ExpectedFigures of(SamplePortfolio portfolio, InitiativeRow row) {
        return of(portfolio, row, PERIOD);
    }

    /**
     * The figures of month {@code at} as today's inputs give them (SPEC §2.6): rows dated after it
     * left out, the register's amounts at P's rate as the program converts them.
     */
    static ExpectedFigures of(SamplePortfolio portfolio, InitiativeRow row, YearMonth at) {
        InitiativeDesign d = row.design();
        String id = d.id;
        YearMonth start = d.startMonth();
        int rejected = rejectedRows(portfolio, id);
        BigDecimal approved = row.approvedBudget().multiply(portfolio.rate(PERIOD, d.currency));
        BigDecimal nextQuarterPlan = BigDecimal.ZERO;
        boolean hasPlan = false;
        for (SpendLine line : acceptedSpend(portfolio, id)) {
            if (line.period().isAfter(at) && !line.period().isAfter(at.plusMonths(3))) {
                hasPlan = true;
                nextQuarterPlan = nextQuarterPlan.add(usd(portfolio, line.budget(), line.period(), line.currency()));
            }
        }
        if (start.isAfter(at)) {
            return new ExpectedFigures(id, true, 0, d.maturityMonths, false, BigDecimal.ZERO, BigDecimal.ZERO, null,
                    BigDecimal.ZERO, 0, null, approved, null, null, null, null, 0, null, null, null,
                    0, 0, 0, rejected, 0, nextQuarterPlan);
        }
        int age = monthsFromTo(start, at);
        int maturity = d.maturityMonths;
        boolean mature = age >= maturity;

        // §2.2 spend
        BigDecimal budgetItd = BigDecimal.ZERO;
        BigDecimal actualItd = BigDecimal.ZERO;
        Set<YearMonth> monthsWithSpend = new HashSet<>();
        for (SpendLine line : acceptedSpend(portfolio, id)) {
            if (!line.period().isAfter(at)) {
                budgetItd = budgetItd.add(usd(portfolio, line.budget(), line.period(), line.currency()));
                actualItd = actualItd.add(usd(portfolio, line.actual(), line.period(), line.currency()));
                monthsWithSpend.add(line.period());
            }
        }
        Double varianceItdPct = budgetItd.signum() == 0 ? null
                : actualItd.subtract(budgetItd).divide(budgetItd, MC).doubleValue();
        BigDecimal burn = burnRate(actualByMonth(portfolio, id), age, at);
        int monthsRemaining = remaining(d.endMonth(), at);
        BigDecimal eac = actualItd.add(burn.multiply(BigDecimal.valueOf(monthsRemaining)));
        double vacPct = approved.subtract(eac).divide(approved, MC).doubleValue();

        // §2.3 benefits
        List<TargetRow> kpis = portfolio.targets().stream()
                .filter(t -> t.fate() == Fate.ACCEPTED && t.initiativeId().equals(id)).toList();
        Map<String, Map<YearMonth, BigDecimal>> values = measuredValues(portfolio, id);
        BigDecimal rateAtP = portfolio.rate(PERIOD, d.currency);
        Map<YearMonth, BigDecimal> benefitByMonth = new TreeMap<>();
        double weightedAttainment = 0;
        double weightsMeasured = 0;
        for (TargetRow kpi : kpis) {
            Map<YearMonth, BigDecimal> series = values.getOrDefault(KpiTarget.keyOf(kpi.kpi()), Map.of());
            BigDecimal valuePerUnit = kpi.valuePerUnit().multiply(rateAtP);
            BigDecimal span = kpi.target().subtract(kpi.baseline()).abs();
            for (Map.Entry<YearMonth, BigDecimal> measured : series.entrySet()) {
                YearMonth m = measured.getKey();
                if (m.isBefore(start) || m.isAfter(at)) {
                    continue;
                }
                BigDecimal improvement = kpi.direction() == Direction.HIGHER_IS_BETTER
                        ? measured.getValue().subtract(kpi.baseline())
                        : kpi.baseline().subtract(measured.getValue());
                benefitByMonth.merge(m, improvement.multiply(valuePerUnit), BigDecimal::add);
                if (m.equals(at)) {
                    double w = SamplePortfolio.weightOf(kpi);
                    weightedAttainment += w * improvement.divide(span, MC).doubleValue();
                    weightsMeasured += w;
                }
            }
        }
        BigDecimal benefitItd = benefitByMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal runRateSum = BigDecimal.ZERO;
        int runRateMonths = 0;
        for (int i = 0; i < 3; i++) {
            BigDecimal b = benefitByMonth.get(at.minusMonths(i));
            if (b != null) {
                runRateSum = runRateSum.add(b);
                runRateMonths++;
            }
        }
        BigDecimal benefitRunRate = runRateMonths == 0 ? null
                : runRateSum.divide(BigDecimal.valueOf(runRateMonths), MC);
        Double attainment = weightsMeasured == 0 ? null : weightedAttainment / weightsMeasured;
        double expected = Math.min(1.0, (double) age / maturity);
        Double gap = attainment == null ? null : attainment - expected;
        Double roi = actualItd.signum() == 0 ? null
                : benefitItd.subtract(actualItd).divide(actualItd, MC).doubleValue();
        BigDecimal net = benefitRunRate == null ? null : benefitRunRate.subtract(burn);

        // §2.4 data quality
        int window = Math.min(6, age);
        int pairs = 0;
        int spendMonths = 0;
        for (int i = 0; i < window; i++) {
            YearMonth m = at.minusMonths(i);
            for (TargetRow kpi : kpis) {
                if (values.getOrDefault(KpiTarget.keyOf(kpi.kpi()), Map.of()).containsKey(m)) {
                    pairs++;
                }
            }
            if (monthsWithSpend.contains(m)) {
                spendMonths++;
            }
        }
        double kpiCompleteness = kpis.isEmpty() ? 0 : (double) pairs / (kpis.size() * window);
        double spendCompleteness = (double) spendMonths / window;
        int fresh = weightsMeasured > 0 ? 1 : 0;
        int score = BigDecimal.valueOf(100 * (0.5 * kpiCompleteness + 0.3 * spendCompleteness + 0.2 * fresh))
                .setScale(0, RoundingMode.HALF_UP).intValue();
        int dq = Math.max(0, score - Math.min(20, 2 * rejected));

        BigDecimal nextQuarterBudget = hasPlan ? nextQuarterPlan : burn.multiply(BigDecimal.valueOf(3));
        return new ExpectedFigures(id, false, age, maturity, mature, budgetItd, actualItd, varianceItdPct, burn,
                monthsRemaining, eac, approved, vacPct, benefitItd, benefitRunRate, attainment, expected, gap, roi,
                net, kpiCompleteness, spendCompleteness, fresh, rejected, dq, nextQuarterBudget);
    }

    static int rejectedRows(SamplePortfolio portfolio, String id) {
        long n = portfolio.targets().stream()
                .filter(t -> t.fate() == Fate.REJECTED && t.initiativeId().equals(id)).count();
        n += portfolio.spend().stream()
                .filter(l -> l.fate() == Fate.REJECTED && l.initiativeId().equals(id)).count();
        n += portfolio.measurements().stream()
                .filter(m -> m.fate() == Fate.REJECTED && m.initiativeId().equals(id)).count();
        return (int) n;
    }

    // ------------------------------------------------------------------ §2.5 with margins

    private enum Truth { YES, NO, NEAR }

    /** The outcome of one comparison or rule, with why it is NEAR when it is. */
    private record Check(Truth truth, String note) {
    }

    private static Check below(Double value, double threshold, String what, double margin) {
        if (value == null) {
            return new Check(Truth.NO, "");
        }
        if (margin == 0) {
            return of(value < threshold);
        }
        if (value <= threshold - margin) {
            return new Check(Truth.YES, "");
        }
        if (value >= threshold + margin) {
            return new Check(Truth.NO, "");
        }
        return new Check(Truth.NEAR, String.format("%s %.4f within %.2f of %.2f", what, value, margin, threshold));
    }

    private static Check above(Double value, double threshold, String what, double margin) {
        if (margin == 0) {
            return of(value != null && value > threshold);
        }
        Check negated = below(value == null ? null : -value, -threshold, what, margin);
        return negated.truth() == Truth.NEAR
                ? new Check(Truth.NEAR, String.format("%s %.4f within %.2f of %.2f", what, value, margin, threshold))
                : negated;
    }

    /** The codes as the program's strict comparisons give them, without margins (a past month's). */
    Set<FindingCode> exactCodes() {
        return findings(0).codes();
    }

    /** A conjunction: NO as soon as one condition is clearly false, YES when all are clearly true. */
    private static Check all(Check... conditions) {
        boolean allYes = true;
        List<String> notes = new ArrayList<>();
        for (Check c : conditions) {
            if (c.truth() == Truth.NO) {
                return c;
            }
            allYes &= c.truth() == Truth.YES;
            if (c.truth() == Truth.NEAR) {
                notes.add(c.note());
            }
        }
        return allYes ? new Check(Truth.YES, "") : new Check(Truth.NEAR, String.join("; ", notes));
    }

    private static Check of(boolean condition) {
        return new Check(condition ? Truth.YES : Truth.NO, "");
    }

    /** net_run_rate relative to the burn rate, so the margin scales with the initiative. */
    private Double netRelativeToBurn() {
        if (netRunRate == null) {
            return null;
        }
        if (burnRate.signum() == 0) {
            return (double) netRunRate.signum();
        }
        return netRunRate.divide(burnRate, MC).doubleValue();
    }

    Findings findings() {
        return findings(MARGIN);
    }

    private Findings findings(double margin) {
        Set<FindingCode> codes = EnumSet.noneOf(FindingCode.class);
        List<String> near = new ArrayList<>();
        if (notStarted) {
            return new Findings(codes, near);
        }
        Map<FindingCode, Check> rules = new EnumMap<>(FindingCode.class);
        rules.put(FindingCode.MISSED_TARGET, all(of(mature), below(attainment, 0.50, "attainment", margin),
                below(roiItd, 0, "roi_itd", margin), below(netRelativeToBurn(), 0, "net_run_rate / burn_rate", margin)));
        rules.put(FindingCode.RUNAWAY_SPEND, all(above(varianceItdPct, 0.30, "variance_itd_pct", margin),
                below(attainmentGap, -0.30, "attainment_gap", margin)));
        rules.put(FindingCode.NO_EVIDENCE, all(of(mature), of(kpiCompleteness == 0)));
        int dqMargin = margin == 0 ? 0 : DQ_MARGIN;
        rules.put(FindingCode.DATA_GAP, margin == 0 ? of(dqScore < 60)
                : dqScore <= 60 - dqMargin ? of(true) : dqScore >= 60 + dqMargin ? of(false)
                : new Check(Truth.NEAR, "dq_score " + dqScore + " within " + DQ_MARGIN + " of 60"));
        rules.put(FindingCode.OVERSPEND, above(varianceItdPct, 0.10, "variance_itd_pct", margin));
        rules.put(FindingCode.FORECAST_OVERRUN, below(vacPct, -0.10, "vac_pct", margin));
        rules.put(FindingCode.BEHIND_CURVE, below(attainmentGap, -0.15, "attainment_gap", margin));
        rules.forEach((code, check) -> {
            if (check.truth() == Truth.YES) {
                codes.add(code);
            } else if (check.truth() == Truth.NEAR) {
                near.add(code + ": " + check.note());
            }
        });
        if (codes.isEmpty()) {
            codes.add(FindingCode.ON_TRACK);
            // a CONTINUE initiative is clearly in or out of the reallocation (benefit/cost >= 1.5)
            Check realloc = below(benefitCostRatio(), 1.5, "benefit_run_rate / burn_rate", margin);
            if (realloc.truth() == Truth.NEAR) {
                near.add("reallocation: " + realloc.note());
            }
        }
        return new Findings(codes, near);
    }

    /** Margin kept from STALLED's 0.05 gap improvement. */
    static final double GAP_MARGIN = 0.01;

    /**
     * The findings of P with SPEC §2.5 STALLED, worked from the figures of P and of the 3 months
     * before it as today's inputs give them: mature, the other rules recalibrate in all four, and
     * the attainment gap rose less than 0.05 since 3 months before.
     */
    static Findings findingsWithStalled(SamplePortfolio portfolio, InitiativeRow row) {
        ExpectedFigures now = of(portfolio, row);
        Findings findings = now.findings();
        if (now.notStarted() || !now.mature() || now.attainmentGap() == null) {
            return findings;
        }
        for (int i = 0; i <= 3; i++) {
            ExpectedFigures then = of(portfolio, row, PERIOD.minusMonths(i));
            if (then.notStarted() || new Findings(then.exactCodes(), List.of()).decision(false) != Decision.RECALIBRATE) {
                return findings;
            }
        }
        Double then = of(portfolio, row, PERIOD.minusMonths(3)).attainmentGap();
        if (then == null) {
            return findings;
        }
        double rise = now.attainmentGap() - then;
        List<String> near = new ArrayList<>(findings.nearMisses());
        if (Math.abs(rise - 0.05) < GAP_MARGIN) {
            near.add(String.format("STALLED: gap rise %.4f within %.2f of 0.05", rise, GAP_MARGIN));
        }
        Set<FindingCode> codes = EnumSet.copyOf(findings.codes());
        if (rise < 0.05) {
            codes.add(FindingCode.STALLED);
        }
        return new Findings(codes, near);
    }

    /** SPEC §2.5 funding with the default 25% cut, before reallocation. */
    BigDecimal recommendedFunding(Decision decision) {
        return switch (decision) {
            case CONTINUE, NOT_STARTED -> nextQuarterBudget;
            case RECALIBRATE -> nextQuarterBudget.min(burnRate.multiply(BigDecimal.valueOf(3)))
                    .multiply(new BigDecimal("0.75"));
            case CANCEL -> BigDecimal.ZERO;
        };
    }

    /** benefit_run_rate / burn_rate (the reallocation ranking), or null. */
    Double benefitCostRatio() {
        if (benefitRunRate == null || burnRate.signum() == 0) {
            return null;
        }
        return benefitRunRate.divide(burnRate, MC).doubleValue();
    }

}
