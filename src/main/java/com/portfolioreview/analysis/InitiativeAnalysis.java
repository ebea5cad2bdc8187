package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;

/** Computes every SPEC §2.1–§2.4 figure of one initiative for report period P. */
public final class InitiativeAnalysis {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private final AnalysisSettings settings;

    public InitiativeAnalysis(AnalysisSettings settings) {
        this.settings = settings;
    }

    public InitiativeFigures analyse(PortfolioInputs inputs, Initiative initiative) {
        return analyse(inputs, initiative, inputs.rejectedRowsOf(initiative.id()));
    }

    /** As {@link #analyse(PortfolioInputs, Initiative)}, with the rejected rows already counted. */
    public InitiativeFigures analyse(PortfolioInputs inputs, Initiative initiative, int rejectedRows) {
        return analyse(initiative,
                inputs.targets().getOrDefault(initiative.id(), List.of()),
                inputs.kpis().of(initiative.id()),
                inputs.spend().of(initiative.id()),
                rejectedRows,
                inputs.period());
    }

    /**
     * @param targets      the initiative's KPI targets
     * @param values       KPI key → period → measured value
     * @param spend        period → cost category → amount (periods after P allowed, ignored here)
     * @param rejectedRows rejected input rows naming the initiative
     */
    public InitiativeFigures analyse(Initiative initiative, List<KpiTarget> targets,
                                     Map<String, NavigableMap<YearMonth, BigDecimal>> values,
                                     NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend,
                                     int rejectedRows, YearMonth period) {
        return analyse(initiative, targets, values, spend, rejectedRows, period, true);
    }

    /**
     * As {@link #analyse(Initiative, List, Map, NavigableMap, int, YearMonth)}; without
     * {@code reported}, payback and NPV are left empty: no rule reads them, and a month before P
     * is judged only (SPEC §2.6), never reported, so its review need not walk every month for them.
     */
    public InitiativeFigures analyse(Initiative initiative, List<KpiTarget> targets,
                                     Map<String, NavigableMap<YearMonth, BigDecimal>> values,
                                     NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend,
                                     int rejectedRows, YearMonth period, boolean reported) {
        ReportingAge age = ReportingAge.of(initiative, period);
        SpendFigures s = SpendFigures.of(spend, age, settings.fiscalYearStartMonth(), initiative.approvedBudget());
        PlanForecast plan = PlanForecast.of(spend, age, s.itd().actual(), initiative.approvedBudget());
        DataQualityScore dq = DataQualityScore.of(targets, values, spend, age, rejectedRows);

        BigDecimal benefitMonth = null;
        BigDecimal benefitItd = null;
        BigDecimal benefitRunRate = null;
        BigDecimal attainment = null;
        Double roi = null;
        BigDecimal net = null;
        String payback = null;
        if (!age.notStarted()) {
            MonthlyBenefits benefits = MonthlyBenefits.of(targets, values, initiative.startMonth(), period);
            benefitMonth = benefits.month();
            benefitItd = benefits.itd();
            benefitRunRate = benefits.runRate();
            attainment = Attainment.weighted(targets, values, period);
            roi = Ratio.of(benefitItd.subtract(s.itd().actual()), s.itd().actual());
            net = benefitRunRate == null ? null : benefitRunRate.subtract(s.burnRate());
            payback = reported ? Payback.of(spend, benefits.byMonth(), period, net) : null;
        }
        return new InitiativeFigures(
                initiative.id(), period, age.notStarted(),
                age.ageMonths(), age.maturityMonths(), age.mature(),
                s.month().budget(), s.month().actual(), s.month().variance(), s.varianceMonthPct(),
                s.ytd().budget(), s.ytd().actual(), s.ytd().variance(),
                s.itd().budget(), s.itd().actual(), s.itd().variance(), s.varianceItdPct(),
                initiative.approvedBudget(), s.burnRate(), age.monthsRemaining(), s.eac(), s.vac(), s.vacPct(),
                plan.eacPlan(), plan.requiredBurnRate(),
                benefitMonth, benefitItd, benefitRunRate,
                attainment == null ? null : attainment.doubleValue(),
                age.expectedAttainment().doubleValue(),
                Attainment.gap(attainment, age.expectedAttainment()),
                roi, net,
                net == null ? null : net.multiply(TWELVE),
                reported ? NetPresentValue.of(net, settings.npvHorizonMonths(), settings.npvDiscountRate()) : null,
                payback,
                dq.kpiCompleteness(), dq.spendCompleteness(), dq.fresh(), dq.rejectedRows(), dq.score());
    }
}
