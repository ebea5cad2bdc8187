package com.portfolioreview;

import com.portfolioreview.analysis.InitiativeFigures;
import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.SpendLedger;
import com.portfolioreview.portfolio.Stage;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small builders for the finance tests: initiatives, KPI targets, spend rows and figures. */
public final class PortfolioFixtures {

    private PortfolioFixtures() {
    }

    public static BigDecimal d(String amount) {
        return new BigDecimal(amount);
    }

    public static YearMonth ym(String period) {
        return YearMonth.parse(period);
    }

    /** An initiative starting on the 15th of {@code start} and ending on the 28th of {@code end}. */
    public static Initiative initiative(String id, String start, String end, String approvedBudget, int maturityMonths) {
        return initiative(id, "Operations", start, end, approvedBudget, maturityMonths);
    }

    public static Initiative initiative(String id, String businessUnit, String start, String end, String approvedBudget,
                                        int maturityMonths) {
        return new Initiative(id, "Initiative " + id, businessUnit, "Owner " + id, "", "Automated incident response",
                Stage.PILOT, ym(start).atDay(15), ym(end).atDay(28), d(approvedBudget), "USD", d(approvedBudget),
                maturityMonths);
    }

    public static KpiTarget target(String initiativeId, String kpi, Direction direction, String baseline, String target,
                                   String valuePerUnit, String weight) {
        return new KpiTarget(initiativeId, kpi, "units", direction, d(baseline), d(target), d(valuePerUnit), d(weight));
    }

    /** Spend rows as {@code "2026-01 COMPUTE 1000 900"} (period, category, budget, actual) for one initiative. */
    public static NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend(String... rows) {
        SpendLedger ledger = new SpendLedger();
        addSpend(ledger, "X", rows);
        return new TreeMap<>(ledger.of("X"));
    }

    public static void addSpend(SpendLedger ledger, String initiativeId, String... rows) {
        for (String row : rows) {
            String[] f = row.trim().split("\\s+");
            ledger.add(initiativeId, ym(f[0]), f[1], new SpendAmount(d(f[2]), d(f[3])));
        }
    }

    /** KPI values as {@code "2026-01=40"} for one KPI. */
    public static NavigableMap<YearMonth, BigDecimal> values(String... periodValues) {
        NavigableMap<YearMonth, BigDecimal> m = new TreeMap<>();
        for (String pv : periodValues) {
            String[] f = pv.split("=");
            m.put(ym(f[0]), d(f[1]));
        }
        return m;
    }

    public static Map<String, NavigableMap<YearMonth, BigDecimal>> kpiValues(Object... keyThenValues) {
        Map<String, NavigableMap<YearMonth, BigDecimal>> m = new TreeMap<>();
        for (int i = 0; i < keyThenValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            NavigableMap<YearMonth, BigDecimal> v = (NavigableMap<YearMonth, BigDecimal>) keyThenValues[i + 1];
            m.put(KpiTarget.keyOf((String) keyThenValues[i]), v);
        }
        return m;
    }

    /**
     * Figures of a healthy, mature initiative at month 14 of maturity 12 (no rule holds), to be
     * varied one field at a time by the rule tests.
     */
    public static Figures healthy() {
        return new Figures();
    }

    /** A mutable builder of {@link InitiativeFigures}. */
    public static final class Figures {
        public String id = "AI-1";
        public boolean notStarted = false;
        public int age = 14;
        public int maturity = 12;
        public boolean mature = true;
        public BigDecimal budgetMonth = d("0");
        public BigDecimal actualMonth = d("0");
        public BigDecimal budgetYtd = d("0");
        public BigDecimal actualYtd = d("0");
        public BigDecimal benefitMonth = d("0");
        public BigDecimal benefitItd = d("0");
        public BigDecimal budgetItd = d("1000000");
        public BigDecimal actualItd = d("1030000");
        public Double varianceItdPct = 0.03;
        public BigDecimal approvedBudget = d("2400000");
        public BigDecimal burnRate = d("50000");
        public BigDecimal eac = d("2300000");
        public BigDecimal vac = d("100000");
        public Double vacPct = 100000.0 / 2400000.0;
        public BigDecimal benefitRunRate = d("80000");
        public Double attainment = 0.90;
        public Double expected = 1.0;
        /** null: attainment − expected. */
        public Double gap = null;
        public Double roi = 0.10;
        public BigDecimal net = d("30000");
        public double kpiCompleteness = 1.0;
        public double spendCompleteness = 1.0;
        public int fresh = 1;
        public int rejected = 0;
        public int dq = 100;

        public Figures with(java.util.function.Consumer<Figures> change) {
            change.accept(this);
            return this;
        }

        public InitiativeFigures build() {
            Double g = gap != null ? gap : (attainment == null ? null : attainment - expected);
            return new InitiativeFigures(id, ym("2026-06"), notStarted, age, maturity, mature,
                    budgetMonth, actualMonth, actualMonth.subtract(budgetMonth), null,
                    budgetYtd, actualYtd, actualYtd.subtract(budgetYtd),
                    budgetItd, actualItd, actualItd.subtract(budgetItd), varianceItdPct,
                    approvedBudget, burnRate, 6, eac, vac, vacPct, null, null,
                    benefitMonth, benefitItd, benefitRunRate, attainment, expected, g, roi, net,
                    net == null ? null : net.multiply(BigDecimal.valueOf(12)), null, "2026-01",
                    kpiCompleteness, spendCompleteness, fresh, rejected, dq);
        }
    }
}
