package com.portfolioreview.sample;

// Regenerate the committed sample input (then review the diff and commit it):
//   ./mvnw -q test -Dtest=SamplePortfolioTest -Dsample.regenerate=true

import com.portfolioreview.portfolio.Direction;
import com.portfolioreview.sample.KpiCatalog.KpiTemplate;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A realistic, deterministic sample portfolio for report period P = 2026-10: 40 AI initiatives
 * in five business units, their KPI targets, 24 months of spend exports in several dialects,
 * monthly KPI exports and FX rates, with a handful of realistic defects (see
 * {@link SampleDesigns} for the initiatives and {@link Archetype} for what each must produce).
 *
 * <p>The generator first builds the rows in memory (so {@link ExpectedFigures} can work out
 * the SPEC §2 figures from them), then writes them as the CSV files of an input directory.
 * Fixed seed, no clock, stable ordering: the same bytes every time.
 */
final class SamplePortfolio {

    static final YearMonth PERIOD = YearMonth.of(2026, 10);
    static final YearMonth FIRST_MONTH = YearMonth.of(2024, 11);
    static final YearMonth LAST_PLAN_MONTH = PERIOD.plusMonths(3);
    static final String REPORTING_CURRENCY = "USD";
    static final long SEED = 20261125L;
    static final List<String> CATEGORIES = List.of("COMPUTE", "LICENSES", "STAFF", "VENDOR", "DATA", "OTHER");

    static final String INITIATIVES = "initiatives.csv";
    static final String KPI_TARGETS = "kpi_targets.csv";
    static final String FX_RATES = "fx_rates.csv";
    static final String SPEND_2024_Q4 = "spend/spend-2024-q4.csv";
    static final String SPEND_2025 = "spend/spend-2025.csv";
    static final String SPEND_2026_H1 = "spend/spend-2026-h1.csv";
    static final String SPEND_PLAN = "spend/spend-plan-2026-11-to-2027-01.csv";
    static final String KPI_2025 = "kpi/kpi-2025.csv";
    static final String KPI_2026_01_09 = "kpi/kpi-2026-01-09.csv";
    static final String KPI_2026_10 = "kpi/kpi-2026-10.csv";
    static final String CLOUD_ALLOCATION = "cloud_allocation.csv";
    static final String AWS_2026_09 = "cloud/aws-focus-2026-09.csv";
    static final String AWS_2026_10 = "cloud/aws-focus-2026-10.csv.gz";
    static final String AZURE_2026_10 = "cloud/azure-focus-2026-10.csv";
    /** The cost-center tag of a shared platform whose cost cloud_allocation.csv splits between two initiatives. */
    static final String SHARED_PLATFORM = "CC-AIOPS-PLATFORM";

    /** What the job must do with a row. */
    enum Fate {
        ACCEPTED,
        /** rejected: counts in rejected_rows of the initiative it names and against the file's limit */
        REJECTED,
        /** a KPI measurement that a later one (file-name order, then line order) replaces: a warning */
        SUPERSEDED,
        /** a "Total" line of an export: rejected as a summary row, not counted against the limit */
        SUMMARY
    }

    /** A register row; approvedBudget is in the initiative's currency. */
    record InitiativeRow(InitiativeDesign design, BigDecimal approvedBudget) {
        String id() {
            return design.id;
        }
    }

    /** A kpi_targets row; weight null is an empty cell (default 1). Money in the initiative's currency. */
    record TargetRow(String initiativeId, String kpi, String unit, Direction direction, BigDecimal baseline,
                     BigDecimal target, BigDecimal valuePerUnit, BigDecimal weight, int decimals, Fate fate) {
    }

    /** A ledger line of a spend export; null budget or actual is an empty cell; rawActual overrides actual. */
    record SpendLine(String file, long seq, String initiativeId, YearMonth period, String category,
                     BigDecimal budget, BigDecimal actual, String currency, String rawActual, String note, Fate fate) {
    }

    /**
     * A charge row of a FOCUS cloud export (SPEC §1.4). Its allocated cost is also in
     * {@link #spend} as CLOUD actuals of the file (what the job must book), so the expected
     * figures need nothing of their own; tags is the Tags cell as written (null: the literal NULL).
     */
    record FocusRow(String file, YearMonth billingPeriod, YearMonth chargePeriod, BigDecimal cost, String currency,
                    String provider, String service, boolean correction, String tags, boolean tagsValid) {
    }

    /** A KPI export row; rawValue overrides value. */
    record Measurement(String file, long seq, String initiativeId, YearMonth period, String kpi,
                       BigDecimal value, String rawValue, Fate fate) {
    }

    private final Map<String, BigDecimal> fx = new TreeMap<>();
    private final List<InitiativeRow> initiatives = new ArrayList<>();
    private final List<TargetRow> targets = new ArrayList<>();
    private final List<SpendLine> spend = new ArrayList<>();
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<FocusRow> cloudRows = new ArrayList<>();
    private final List<String[]> allocationRules = new ArrayList<>();
    private long seq;

    private SamplePortfolio() {
    }

    static SamplePortfolio generate() {
        SamplePortfolio portfolio = new SamplePortfolio();
        portfolio.generateFxRates(new Random(SEED));
        for (InitiativeDesign design : SampleDesigns.all()) {
            portfolio.generateInitiative(design);
        }
        portfolio.addRowsOfRetiredInitiatives();
        portfolio.addCloudBills();
        return portfolio;
    }

    List<InitiativeRow> initiatives() {
        return Collections.unmodifiableList(initiatives);
    }

    List<TargetRow> targets() {
        return Collections.unmodifiableList(targets);
    }

    List<SpendLine> spend() {
        return Collections.unmodifiableList(spend);
    }

    List<Measurement> measurements() {
        return Collections.unmodifiableList(measurements);
    }

    List<FocusRow> cloudRows() {
        return Collections.unmodifiableList(cloudRows);
    }

    /** Units of USD for one unit of currency in the period (1 for USD). */
    BigDecimal rate(YearMonth period, String currency) {
        if (REPORTING_CURRENCY.equals(currency)) {
            return BigDecimal.ONE;
        }
        BigDecimal rate = fx.get(period + "/" + currency);
        if (rate == null) {
            throw new IllegalStateException("no FX rate for " + currency + " in " + period);
        }
        return rate;
    }

    static int monthsFromTo(YearMonth from, YearMonth to) {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    // ------------------------------------------------------------------ generation

    private void generateFxRates(Random random) {
        double eur = 1.0720;
        double gbp = 1.2650;
        for (YearMonth m = FIRST_MONTH; !m.isAfter(LAST_PLAN_MONTH); m = m.plusMonths(1)) {
            fx.put(m + "/EUR", BigDecimal.valueOf(eur).setScale(4, RoundingMode.HALF_UP));
            fx.put(m + "/GBP", BigDecimal.valueOf(gbp).setScale(4, RoundingMode.HALF_UP));
            eur *= 1 + uniform(random, -0.011, 0.013);
            gbp *= 1 + uniform(random, -0.012, 0.011);
        }
    }

    private void generateInitiative(InitiativeDesign d) {
        Random random = new Random(SEED * 1_000_003L + d.id.hashCode());
        YearMonth start = d.startMonth();
        YearMonth end = d.endMonth();
        // the first two months run at 60% of the steady monthly budget
        double monthly = d.size / (monthsFromTo(start, end) - 0.8);
        Map<String, Double> shares = categoryShares(random, d);

        for (YearMonth m = start; !m.isAfter(PERIOD); m = m.plusMonths(1)) {
            if (d.spendMissing.contains(m)) {
                continue;
            }
            boolean recent = !m.isBefore(PERIOD.minusMonths(2));
            double ratio = recent ? d.archetype.recentSpendRatio : d.archetype.spendRatio;
            for (Map.Entry<String, Double> share : shares.entrySet()) {
                String currency = lineCurrency(d, share.getKey());
                BigDecimal budget = monthlyBudget(d, m, monthly * share.getValue(), currency);
                BigDecimal actual = BigDecimal.valueOf(budget.doubleValue() * ratio * uniform(random, 0.93, 1.07))
                        .setScale(2, RoundingMode.HALF_UP);
                addLedgerLines(random, d, m, share.getKey(), budget, actual, currency);
            }
            if (m.equals(d.badAmountIn)) {
                // a garbled ledger line: the whole row is rejected (SPEC §1.3 bad value)
                spend.add(new SpendLine(spendFile(m), ++seq, d.id, m, "VENDOR", null, null, d.currency,
                        "12,3x", "", Fate.REJECTED));
            }
        }
        if (d.forwardPlan) {
            YearMonth from = start.isAfter(PERIOD) ? start : PERIOD.plusMonths(1);
            for (YearMonth m = from; !m.isAfter(LAST_PLAN_MONTH) && !m.isAfter(end); m = m.plusMonths(1)) {
                for (Map.Entry<String, Double> share : shares.entrySet()) {
                    String currency = lineCurrency(d, share.getKey());
                    BigDecimal budget = monthlyBudget(d, m, monthly * share.getValue(), currency);
                    spend.add(new SpendLine(SPEND_PLAN, ++seq, d.id, m, share.getKey(), budget, null, currency,
                            null, "", Fate.ACCEPTED));
                }
            }
        }

        List<TargetRow> kpis = generateTargets(random, d, monthly);
        targets.addAll(kpis);
        if (d.archetype != Archetype.NOT_STARTED) {
            generateMeasurements(random, d, kpis);
        }
        initiatives.add(new InitiativeRow(d, approvedBudget(random, d)));
    }

    /** STAFF and COMPUTE always; the other categories by chance; shares sum to 1, in CATEGORIES order. */
    private static Map<String, Double> categoryShares(Random random, InitiativeDesign d) {
        Map<String, Double> raw = new LinkedHashMap<>();
        raw.put("COMPUTE", uniform(random, 0.20, 0.35));
        double licenses = uniform(random, 0.08, 0.18);
        if (random.nextDouble() < 0.85) {
            raw.put("LICENSES", licenses);
        }
        raw.put("STAFF", uniform(random, 0.30, 0.45));
        double vendor = uniform(random, 0.08, 0.25);
        if (random.nextDouble() < 0.6 || (d.credit != null && d.credit.category().equals("VENDOR"))) {
            raw.put("VENDOR", vendor);
        }
        double data = uniform(random, 0.03, 0.10);
        if (random.nextDouble() < 0.5) {
            raw.put("DATA", data);
        }
        double other = uniform(random, 0.02, 0.05);
        if (random.nextDouble() < 0.4) {
            raw.put("OTHER", other);
        }
        if (d.credit != null && !raw.containsKey(d.credit.category())) {
            throw new IllegalStateException(d.id + ": credit category " + d.credit.category() + " not budgeted");
        }
        double total = raw.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String category : CATEGORIES) {
            if (raw.containsKey(category)) {
                shares.put(category, raw.get(category) / total);
            }
        }
        return shares;
    }

    private static String lineCurrency(InitiativeDesign d, String category) {
        return d.computeCurrency != null && category.equals("COMPUTE") ? d.computeCurrency : d.currency;
    }

    /** A plan figure rounded to 100, in the line's currency; 60% in the first two months. */
    private BigDecimal monthlyBudget(InitiativeDesign d, YearMonth m, double steadyAmount, String currency) {
        double amount = monthsFromTo(d.startMonth(), m) <= 2 ? steadyAmount * 0.6 : steadyAmount;
        if (!currency.equals(d.currency)) {
            amount = amount * rate(m, d.currency).doubleValue() / rate(m, currency).doubleValue();
        }
        long hundreds = Math.max(1, Math.round(amount / 100));
        return BigDecimal.valueOf(hundreds * 100).setScale(2, RoundingMode.UNNECESSARY);
    }

    private void addLedgerLines(Random random, InitiativeDesign d, YearMonth m, String category,
                                BigDecimal budget, BigDecimal actual, String currency) {
        String file = spendFile(m);
        if (d.credit != null && d.credit.period().equals(m) && d.credit.category().equals(category)) {
            // an invoice and its credit note: the month's actual is unchanged, one line is negative
            spend.add(new SpendLine(file, ++seq, d.id, m, category, budget, actual.add(d.credit.amount()), currency,
                    null, "Invoice", Fate.ACCEPTED));
            spend.add(new SpendLine(file, ++seq, d.id, m, category, null, d.credit.amount().negate(), currency,
                    null, "Credit note for \"SLA breach\", service credits", Fate.ACCEPTED));
            return;
        }
        if (random.nextDouble() < 0.10) {
            int parts = random.nextDouble() < 0.25 ? 3 : 2;
            BigDecimal rest = actual;
            for (int part = 1; part <= parts; part++) {
                BigDecimal amount = part == parts ? rest
                        : actual.multiply(BigDecimal.valueOf(uniform(random, 0.25, 0.45))).setScale(2, RoundingMode.HALF_UP);
                rest = rest.subtract(amount);
                spend.add(new SpendLine(file, ++seq, d.id, m, category, part == 1 ? budget : null, amount, currency,
                        null, "Ledger line " + part + " of " + parts, Fate.ACCEPTED));
            }
            return;
        }
        spend.add(new SpendLine(file, ++seq, d.id, m, category, budget, actual, currency, null, "", Fate.ACCEPTED));
    }

    private List<TargetRow> generateTargets(Random random, InitiativeDesign d, double monthly) {
        List<KpiTemplate> templates = KpiCatalog.of(d.useCase);
        int count = d.kpiCount > 0 ? d.kpiCount : 2 + random.nextInt(templates.size() - 1);
        List<Integer> others = new ArrayList<>();
        for (int i = 1; i < templates.size(); i++) {
            others.add(i);
        }
        Collections.shuffle(others, random);
        List<Integer> chosen = new ArrayList<>(others.subList(0, count - 1));
        chosen.add(0);
        Collections.sort(chosen);

        double[] valueShares = new double[count];
        double shareTotal = 0;
        for (int k = 0; k < count; k++) {
            valueShares[k] = uniform(random, 0.5, 1.5);
            shareTotal += valueShares[k];
        }
        // monthly benefit at 100% attainment, in the initiative's currency
        double steadyBenefit = d.valueMultiple * monthly;
        List<TargetRow> rows = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            KpiTemplate t = templates.get(chosen.get(k));
            double scale = uniform(random, 0.85, 1.15);
            double baseline = t.baseline() * scale;
            double target;
            if (t.direction() == Direction.LOWER_IS_BETTER) {
                target = t.target() * scale * uniform(random, 0.95, 1.05);
            } else {
                target = baseline + (t.target() - t.baseline()) * uniform(random, 0.85, 1.15);
                if (t.percent()) {
                    target = Math.min(target, 98);
                }
            }
            BigDecimal base = BigDecimal.valueOf(baseline).setScale(t.decimals(), RoundingMode.HALF_UP);
            BigDecimal goal = BigDecimal.valueOf(target).setScale(t.decimals(), RoundingMode.HALF_UP);
            double span = goal.subtract(base).abs().doubleValue();
            BigDecimal valuePerUnit = BigDecimal.valueOf(steadyBenefit * valueShares[k] / shareTotal / span)
                    .round(new MathContext(2, RoundingMode.HALF_UP));
            valuePerUnit = valuePerUnit.setScale(Math.max(0, valuePerUnit.scale()), RoundingMode.UNNECESSARY);
            double weightDraw = random.nextDouble();
            BigDecimal weight;
            if (k == 0 && weightDraw < 0.35) {
                weight = new BigDecimal("2");
            } else if (k > 0 && weightDraw < 0.2) {
                weight = new BigDecimal("0.5");
            } else {
                weight = random.nextBoolean() ? null : BigDecimal.ONE;
            }
            rows.add(new TargetRow(d.id, t.name(), t.unit(), t.direction(), base, goal, valuePerUnit, weight,
                    t.decimals(), Fate.ACCEPTED));
        }
        return rows;
    }

    private void generateMeasurements(Random random, InitiativeDesign d, List<TargetRow> kpis) {
        YearMonth start = d.startMonth();
        int ageAtP = monthsFromTo(start, PERIOD);
        boolean young = ageAtP < d.maturityMonths;
        // per-KPI offsets around the designed attainment, weighted to average out
        double[] offsets = new double[kpis.size()];
        double weighted = 0;
        double weights = 0;
        for (int k = 0; k < kpis.size(); k++) {
            offsets[k] = uniform(random, -0.04, 0.04);
            double w = weightOf(kpis.get(k));
            weighted += w * offsets[k];
            weights += w;
        }
        for (int k = 0; k < kpis.size(); k++) {
            offsets[k] -= weighted / weights;
        }
        for (YearMonth m = start; !m.isAfter(PERIOD); m = m.plusMonths(1)) {
            int age = monthsFromTo(start, m);
            // the ramp: a young initiative climbs to its attainment at P, a mature one reached it at maturity
            double ramp = young ? (double) age / ageAtP : Math.min(1.0, (double) age / d.maturityMonths);
            for (int k = 0; k < kpis.size(); k++) {
                TargetRow kpi = kpis.get(k);
                if (d.kpiMissing.test(k, m)) {
                    continue;
                }
                if (d.sparseKpiGaps > 0 && !m.equals(PERIOD) && random.nextDouble() < d.sparseKpiGaps) {
                    continue;
                }
                double attainment = (d.attainmentIn(m) + offsets[k]) * ramp + uniform(random, -0.025, 0.025);
                BigDecimal value = measuredValue(kpi, attainment);
                String file = kpiFile(m);
                if (k == 0 && m.equals(d.kpiNotANumberIn)) {
                    measurements.add(new Measurement(file, ++seq, d.id, m, kpi.kpi(), null, "n/a", Fate.REJECTED));
                } else if (k == 0 && m.equals(d.kpiRestatedIn)) {
                    // a decimal slip in the month's export, restated in the next month's export
                    measurements.add(new Measurement(file, ++seq, d.id, m, kpi.kpi(), value.movePointLeft(1),
                            null, Fate.SUPERSEDED));
                    measurements.add(new Measurement(kpiFile(m.plusMonths(1)), ++seq, d.id, m, kpi.kpi(), value,
                            null, Fate.ACCEPTED));
                } else {
                    measurements.add(new Measurement(file, ++seq, d.id, m, kpi.kpi(), value, null, Fate.ACCEPTED));
                }
            }
            if (m.equals(d.undefinedKpiIn)) {
                measurements.add(new Measurement(kpiFile(m), ++seq, d.id, m, "Customer satisfaction",
                        new BigDecimal("4.2"), null, Fate.REJECTED));
            }
        }
    }

    static double weightOf(TargetRow kpi) {
        return kpi.weight() == null ? 1.0 : kpi.weight().doubleValue();
    }

    private static BigDecimal measuredValue(TargetRow kpi, double attainment) {
        double span = kpi.target().subtract(kpi.baseline()).abs().doubleValue();
        double sign = kpi.direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        double value = kpi.baseline().doubleValue() + sign * attainment * span;
        value = Math.max(0, value);
        if ("%".equals(kpi.unit())) {
            value = Math.min(100, value);
        }
        return BigDecimal.valueOf(value).setScale(kpi.decimals(), RoundingMode.HALF_UP);
    }

    /** Sized so that vac_pct lands within 3 points of the archetype's target; rounded like a board approval. */
    private BigDecimal approvedBudget(Random random, InitiativeDesign d) {
        if (d.archetype == Archetype.NOT_STARTED) {
            return BigDecimal.valueOf(d.size).setScale(2, RoundingMode.UNNECESSARY);
        }
        BigDecimal eac = ExpectedFigures.estimateAtCompletion(this, d.id, d.startMonth(), d.endMonth());
        double usd = eac.doubleValue() / (1 - d.archetype.vacTarget - uniform(random, -0.03, 0.03));
        double original = usd / rate(PERIOD, d.currency).doubleValue();
        long step = original < 1_000_000 ? 1_000 : 5_000;
        return BigDecimal.valueOf(Math.round(original / step) * step).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Rows naming initiatives the register no longer has: each is rejected as an unknown initiative. */
    private void addRowsOfRetiredInitiatives() {
        int afterServiceDesk = 0;
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).initiativeId().startsWith("SD-")) {
                afterServiceDesk = i + 1;
            }
        }
        targets.add(afterServiceDesk, new TargetRow("SD-009", "Tickets deflected", "tickets/month",
                Direction.HIGHER_IS_BETTER, new BigDecimal("150"), new BigDecimal("2400"), new BigDecimal("14"),
                null, 0, Fate.REJECTED));
        YearMonth february = YearMonth.of(2026, 2);
        spend.add(new SpendLine(spendFile(february), ++seq, "NET-010", february, "COMPUTE",
                new BigDecimal("4000.00"), new BigDecimal("3912.40"), "USD", null, "", Fate.REJECTED));
    }

    // ------------------------------------------------------------------ cloud bills (SPEC §1.4)

    /**
     * September and October of five initiatives' COMPUTE spend come from cloud bills instead of the
     * ledger: three in USD billed by AWS (tagged {@code initiative_id}), two in EUR by Azure
     * (tagged with a cost center that cloud_allocation.csv maps, the key written with a leading
     * space as some exports do); cloud_allocation.csv maps both tags. Their budget stays in the
     * spend exports as category CLOUD. On top:
     * a September charge billed 250.00 too high and corrected in October's bill, a shared platform
     * split 50/30 between two initiatives (the rest unallocated), untagged charges and one whose
     * Tags is not JSON. Each initiative's actuals are the same as without the bills, but for the
     * shared platform's parts.
     */
    private void addCloudBills() {
        List<InitiativeDesign> aws = cloudBilled("USD", 3);
        List<InitiativeDesign> azure = cloudBilled("EUR", 2);
        Random random = new Random(SEED + 17);
        for (InitiativeDesign d : aws) {
            // with cloud_allocation.csv only its rules allocate: the initiative_id tag needs one too
            allocationRules.add(new String[] {"initiative_id", d.id, d.id, ""});
        }
        for (YearMonth m : List.of(PERIOD.minusMonths(1), PERIOD)) {
            String awsFile = m.equals(PERIOD) ? AWS_2026_10 : AWS_2026_09;
            for (InitiativeDesign d : aws) {
                String tags = "{\"initiative_id\":\"" + d.id + "\",\"aws:createdBy\":\"terraform\"}";
                BigDecimal overbilled = d == aws.get(0) && !m.equals(PERIOD) ? new BigDecimal("250.00") : BigDecimal.ZERO;
                moveComputeToCloud(random, d, m, awsFile, "AWS", tags, overbilled);
            }
            if (m.equals(PERIOD)) {
                for (InitiativeDesign d : azure) {
                    String center = "CC-" + (4700 + azure.indexOf(d) * 11);
                    allocationRules.add(new String[] {"CostCenter", center, d.id, ""});
                    moveComputeToCloud(random, d, m, AZURE_2026_10, "Microsoft", "{\" CostCenter\":\"" + center + "\"}",
                            BigDecimal.ZERO);
                }
            }
        }
        // the correction of September's overbilling, in October's bill, for the month it corrects
        InitiativeDesign corrected = aws.get(0);
        String tags = "{\"initiative_id\":\"" + corrected.id + "\"}";
        cloudRows.add(new FocusRow(AWS_2026_10, PERIOD, PERIOD.minusMonths(1), new BigDecimal("-250.00"), "USD", "AWS",
                "Compute", true, tags, true));
        spend.add(new SpendLine(AWS_2026_10, ++seq, corrected.id, PERIOD.minusMonths(1), "CLOUD", null,
                new BigDecimal("-250.00"), "USD", null, "", Fate.ACCEPTED));
        // a shared platform: 50 % and 30 % to two initiatives, 20 % unallocated
        allocationRules.add(new String[] {"cost-center", SHARED_PLATFORM, aws.get(1).id, "0.5"});
        allocationRules.add(new String[] {"cost-center", SHARED_PLATFORM, aws.get(2).id, "0.3"});
        BigDecimal platform = new BigDecimal("1873.4219876543210");
        cloudRows.add(new FocusRow(AWS_2026_10, PERIOD, PERIOD, platform, "USD", "AWS", "AI and Machine Learning",
                false, "{\"cost-center\":\"" + SHARED_PLATFORM + "\"}", true));
        spend.add(new SpendLine(AWS_2026_10, ++seq, aws.get(1).id, PERIOD, "CLOUD", null,
                platform.multiply(new BigDecimal("0.5")), "USD", null, "", Fate.ACCEPTED));
        spend.add(new SpendLine(AWS_2026_10, ++seq, aws.get(2).id, PERIOD, "CLOUD", null,
                platform.multiply(new BigDecimal("0.3")), "USD", null, "", Fate.ACCEPTED));
        // what belongs to no initiative: untagged charges, and a Tags value the export garbled
        cloudRows.add(new FocusRow(AWS_2026_09, PERIOD.minusMonths(1), PERIOD.minusMonths(1),
                new BigDecimal("4321.0912345678"), "USD", "AWS", "Networking", false, null, true));
        cloudRows.add(new FocusRow(AWS_2026_10, PERIOD, PERIOD, new BigDecimal("3988.5000000001"), "USD", "AWS",
                "Compute", false, null, true));
        cloudRows.add(new FocusRow(AWS_2026_10, PERIOD, PERIOD, new BigDecimal("45.67"), "USD", "AWS",
                "AI and Machine Learning", false, "{\"initiative_id\": \"" + aws.get(2).id + "\"", false));
        cloudRows.add(new FocusRow(AZURE_2026_10, PERIOD, PERIOD, new BigDecimal("1210.876"), "EUR", "Microsoft",
                "Storage", false, "{}", true));
    }

    /** The first {@code count} initiatives in {@code currency} whose COMPUTE spend runs through September and October. */
    private List<InitiativeDesign> cloudBilled(String currency, int count) {
        List<InitiativeDesign> chosen = new ArrayList<>();
        for (InitiativeRow row : initiatives) {
            InitiativeDesign d = row.design();
            boolean computeBilledInIt = d.computeCurrency == null ? d.currency.equals(currency)
                    : d.computeCurrency.equals(currency);
            if (computeBilledInIt && d.archetype != Archetype.NOT_STARTED
                    && d.startMonth().isBefore(PERIOD.minusMonths(3))
                    && d.spendMissing.stream().noneMatch(m -> !m.isBefore(PERIOD.minusMonths(1)))
                    && (d.credit == null || !d.credit.category().equals("COMPUTE")) && chosen.size() < count) {
                chosen.add(d);
            }
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("only " + chosen.size() + " initiatives for " + currency + " cloud bills");
        }
        return chosen;
    }

    /**
     * Replaces the month's COMPUTE ledger lines of an initiative: the budget stays in the spend
     * export as a CLOUD line without actual; the actual comes from two charge rows of the bill (a
     * GPU instance and a model API, with the many fractional digits bills have), overbilled by
     * {@code overbilled} (which a later correction takes back).
     */
    private void moveComputeToCloud(Random random, InitiativeDesign d, YearMonth m, String file, String provider,
                                    String tags, BigDecimal overbilled) {
        List<SpendLine> compute = spend.stream().filter(l -> l.initiativeId().equals(d.id) && l.period().equals(m)
                && l.category().equals("COMPUTE") && l.fate() == Fate.ACCEPTED).toList();
        if (compute.isEmpty()) {
            throw new IllegalStateException(d.id + " has no COMPUTE spend in " + m);
        }
        spend.removeAll(compute);
        String currency = compute.get(0).currency();
        BigDecimal budget = compute.stream().map(SpendLine::budget).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal actual = compute.stream().map(SpendLine::actual).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add).add(overbilled);
        spend.add(new SpendLine(spendFile(m), compute.get(0).seq(), d.id, m, "CLOUD", budget, null, currency, null,
                "", Fate.ACCEPTED));
        BigDecimal gpu = actual.multiply(BigDecimal.valueOf(uniform(random, 0.55, 0.75)))
                .setScale(13, RoundingMode.HALF_UP);
        for (BigDecimal part : List.of(gpu, actual.subtract(gpu))) {
            boolean first = part == gpu;
            cloudRows.add(new FocusRow(file, m, m, part, currency, provider, first ? "Compute" : "AI and Machine Learning",
                    false, tags, true));
            spend.add(new SpendLine(file, ++seq, d.id, m, "CLOUD", null, part, currency, null, "", Fate.ACCEPTED));
        }
    }

    private static double uniform(Random random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    // ------------------------------------------------------------------ files and dialects

    static String spendFile(YearMonth m) {
        if (m.isAfter(PERIOD)) {
            return SPEND_PLAN;
        }
        if (m.getYear() == 2024) {
            return SPEND_2024_Q4;
        }
        if (m.getYear() == 2025) {
            return SPEND_2025;
        }
        if (m.getMonthValue() <= 6) {
            return SPEND_2026_H1;
        }
        return String.format("spend/spend-2026-%02d.csv", m.getMonthValue());
    }

    static String kpiFile(YearMonth m) {
        if (m.getYear() <= 2025) {
            return KPI_2025;
        }
        return m.getMonthValue() <= 9 ? KPI_2026_01_09 : KPI_2026_10;
    }

    enum Field { ID, PERIOD, CATEGORY, BUDGET, ACTUAL, CURRENCY, LEDGER_REF, DESCRIPTION, KPI, VALUE, SOURCE }

    record Column(Field field, String title) {
    }

    enum AmountStyle { PLAIN, GROUPED, SYMBOL, DECIMAL_COMMA }

    /**
     * How one export file is laid out. informalText: the export re-cases text the way a person
     * would (spend categories in title case, KPI names in lower case); both match case-insensitively.
     */
    record Dialect(char delimiter, boolean bom, List<Column> columns, Function<YearMonth, String> months,
                   AmountStyle amounts, boolean informalText) {
    }

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SLASH_MONTH = DateTimeFormatter.ofPattern("MM/yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR_SLASH = DateTimeFormatter.ofPattern("yyyy/MM", Locale.ENGLISH);

    private static List<Column> columns(Object... fieldsAndTitles) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < fieldsAndTitles.length; i += 2) {
            columns.add(new Column((Field) fieldsAndTitles[i], (String) fieldsAndTitles[i + 1]));
        }
        return columns;
    }

    private static List<Column> snakeSpendColumns() {
        return columns(Field.ID, "initiative_id", Field.PERIOD, "period", Field.CATEGORY, "cost_category",
                Field.BUDGET, "budget", Field.ACTUAL, "actual", Field.CURRENCY, "currency");
    }

    static final Map<String, Dialect> SPEND_DIALECTS = spendDialects();
    static final Map<String, Dialect> KPI_DIALECTS = kpiDialects();

    private static Map<String, Dialect> spendDialects() {
        Map<String, Dialect> dialects = new LinkedHashMap<>();
        dialects.put(SPEND_2024_Q4, new Dialect(',', true, snakeSpendColumns(), YearMonth::toString,
                AmountStyle.PLAIN, false));
        dialects.put(SPEND_2025, new Dialect(',', false,
                columns(Field.ID, "Initiative ID", Field.PERIOD, "Period", Field.CATEGORY, "Cost Category",
                        Field.BUDGET, "Budget", Field.ACTUAL, "Actual", Field.CURRENCY, "Currency",
                        Field.LEDGER_REF, "Ledger Ref"),
                m -> m.atEndOfMonth().toString(), AmountStyle.SYMBOL, true));
        dialects.put(SPEND_2026_H1, new Dialect(';', false, snakeSpendColumns(), SLASH_MONTH::format,
                AmountStyle.DECIMAL_COMMA, false));
        dialects.put("spend/spend-2026-07.csv", new Dialect(',', false,
                columns(Field.ID, "INITIATIVE_ID", Field.PERIOD, "PERIOD", Field.CATEGORY, "COST_CATEGORY",
                        Field.BUDGET, "BUDGET", Field.ACTUAL, "ACTUAL", Field.CURRENCY, "CURRENCY"),
                SHORT_MONTH::format, AmountStyle.GROUPED, false));
        dialects.put("spend/spend-2026-08.csv", new Dialect(',', false,
                columns(Field.ID, "initiative-id", Field.PERIOD, "period", Field.CATEGORY, "cost-category",
                        Field.BUDGET, "budget", Field.ACTUAL, "actual", Field.CURRENCY, "currency"),
                YEAR_SLASH::format, AmountStyle.PLAIN, false));
        dialects.put("spend/spend-2026-09.csv", new Dialect('\t', false, snakeSpendColumns(), LONG_MONTH::format,
                AmountStyle.PLAIN, false));
        dialects.put("spend/spend-2026-10.csv", new Dialect(',', false,
                columns(Field.ID, "initiative_id", Field.PERIOD, "period", Field.CATEGORY, "cost_category",
                        Field.BUDGET, "budget", Field.ACTUAL, "actual", Field.CURRENCY, "currency",
                        Field.DESCRIPTION, "description"),
                YearMonth::toString, AmountStyle.PLAIN, false));
        dialects.put(SPEND_PLAN, new Dialect(',', false,
                columns(Field.PERIOD, "period", Field.ID, "initiative_id", Field.CATEGORY, "cost_category",
                        Field.CURRENCY, "currency", Field.BUDGET, "budget", Field.ACTUAL, "actual"),
                YearMonth::toString, AmountStyle.PLAIN, false));
        return dialects;
    }

    private static Map<String, Dialect> kpiDialects() {
        Map<String, Dialect> dialects = new LinkedHashMap<>();
        dialects.put(KPI_2025, new Dialect(',', false,
                columns(Field.ID, "initiative_id", Field.PERIOD, "period", Field.KPI, "kpi", Field.VALUE, "actual"),
                YearMonth::toString, AmountStyle.PLAIN, false));
        dialects.put(KPI_2026_01_09, new Dialect(';', false,
                columns(Field.ID, "Initiative_ID", Field.PERIOD, "Period", Field.KPI, "KPI", Field.VALUE, "Actual",
                        Field.SOURCE, "Source"),
                m -> m.atEndOfMonth().toString(), AmountStyle.DECIMAL_COMMA, false));
        dialects.put(KPI_2026_10, new Dialect('\t', false,
                columns(Field.ID, "initiative_id", Field.PERIOD, "period", Field.KPI, "kpi", Field.VALUE, "actual"),
                LONG_MONTH::format, AmountStyle.PLAIN, true));
        return dialects;
    }

    // ------------------------------------------------------------------ writing

    /** Writes every input file under dir (which must exist or be creatable). */
    void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("spend"));
        Files.createDirectories(dir.resolve("kpi"));
        writeInitiatives(dir.resolve(INITIATIVES));
        writeTargets(dir.resolve(KPI_TARGETS));
        writeFxRates(dir.resolve(FX_RATES));
        for (Map.Entry<String, Dialect> export : SPEND_DIALECTS.entrySet()) {
            writeSpend(dir.resolve(export.getKey()), export.getKey(), export.getValue());
        }
        for (Map.Entry<String, Dialect> export : KPI_DIALECTS.entrySet()) {
            writeKpis(dir.resolve(export.getKey()), export.getKey(), export.getValue());
        }
        writeCloud(dir);
    }

    private static final List<String> AWS_COLUMNS = List.of("BillingAccountId", "BillingAccountName",
            "BillingPeriodStart", "BillingPeriodEnd", "ChargePeriodStart", "ChargePeriodEnd", "ChargeCategory",
            "ChargeClass", "ProviderName", "PublisherName", "ServiceCategory", "ServiceName", "SubAccountName",
            "BilledCost", "EffectiveCost", "ListCost", "BillingCurrency", "Tags");
    private static final List<String> AZURE_COLUMNS = List.of("BilledCost", "BillingCurrency", "BillingPeriodStart",
            "ChargePeriodStart", "ChargeClass", "ServiceCategory", "ProviderName", "SubAccountName", "Tags",
            "x_ResourceGroupName");

    /** cloud_allocation.csv and the FOCUS exports; the October AWS bill gzip-compressed, as it is delivered. */
    private void writeCloud(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("cloud"));
        try (CSVPrinter out = printer(dir.resolve(CLOUD_ALLOCATION), ',', false)) {
            out.printRecord("tag", "value", "initiative_id", "share");
            for (String[] rule : allocationRules) {
                out.printRecord((Object[]) rule);
            }
        }
        for (String file : List.of(AWS_2026_09, AWS_2026_10, AZURE_2026_10)) {
            boolean azure = file.equals(AZURE_2026_10);
            java.io.OutputStream bytes = Files.newOutputStream(dir.resolve(file));
            if (file.endsWith(".gz")) {
                bytes = new java.util.zip.GZIPOutputStream(bytes);
            }
            try (CSVPrinter out = new CSVPrinter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT)) {
                out.printRecord(azure ? AZURE_COLUMNS : AWS_COLUMNS);
                for (FocusRow row : cloudRows) {
                    if (row.file().equals(file)) {
                        out.printRecord(azure ? azureCells(row) : awsCells(row));
                    }
                }
            }
        }
    }

    private static final DateTimeFormatter FOCUS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private static String start(YearMonth m) {
        return m.atDay(1).atStartOfDay().format(FOCUS_TIME);
    }

    private static List<String> awsCells(FocusRow r) {
        String cost = r.cost().toPlainString();
        return List.of("123456789012", "Acme IT Operations", start(r.billingPeriod()), start(r.billingPeriod().plusMonths(1)),
                start(r.chargePeriod()), r.chargePeriod().atDay(2).atStartOfDay().format(FOCUS_TIME), "Usage",
                r.correction() ? "Correction" : "NULL", r.provider(), "Amazon Web Services", r.service(),
                r.service().equals("Compute") ? "Amazon Elastic Compute Cloud" : "Amazon Bedrock", "aiops-prod", cost,
                cost, cost, r.currency(), r.tags() == null ? "NULL" : r.tags());
    }

    private static List<String> azureCells(FocusRow r) {
        return List.of(r.cost().toPlainString(), r.currency(), r.billingPeriod().atDay(1) + " 00:00:00",
                r.chargePeriod().atDay(1) + " 00:00:00", r.correction() ? "Correction" : "", r.service(), r.provider(),
                "ai-ops-eu", r.tags() == null ? "" : r.tags(), "rg-ai-ops");
    }

    private static CSVPrinter printer(Path file, char delimiter, boolean bom) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (bom) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get());
    }

    private void writeInitiatives(Path file) throws IOException {
        try (CSVPrinter out = printer(file, ',', false)) {
            out.printRecord("initiative_id", "name", "business_unit", "owner", "owner_email", "use_case", "stage",
                    "start_date", "planned_end_date", "approved_budget", "currency", "maturity_months");
            for (InitiativeRow row : initiatives) {
                InitiativeDesign d = row.design();
                out.printRecord(d.id, d.name, d.businessUnit, d.owner, d.ownerEmail, d.useCase, d.stage,
                        d.startDate, d.plannedEndDate, row.approvedBudget().toPlainString(), d.currency,
                        d.maturityMonths);
            }
        }
    }

    private void writeTargets(Path file) throws IOException {
        try (CSVPrinter out = printer(file, ',', false)) {
            out.printRecord("initiative_id", "kpi", "unit", "direction", "baseline", "target", "value_per_unit",
                    "weight");
            for (TargetRow t : targets) {
                out.printRecord(t.initiativeId(), t.kpi(), t.unit(), t.direction().name(),
                        t.baseline().toPlainString(), t.target().toPlainString(), t.valuePerUnit().toPlainString(),
                        t.weight() == null ? "" : t.weight().toPlainString());
            }
        }
    }

    private void writeFxRates(Path file) throws IOException {
        try (CSVPrinter out = printer(file, ',', false)) {
            out.printRecord("period", "currency", "rate");
            for (Map.Entry<String, BigDecimal> rate : fx.entrySet()) {
                String[] key = rate.getKey().split("/");
                out.printRecord(key[0], key[1], rate.getValue().toPlainString());
            }
        }
    }

    private static final Comparator<SpendLine> SPEND_ORDER =
            Comparator.comparing(SpendLine::period).thenComparingLong(SpendLine::seq);
    private static final Comparator<Measurement> KPI_ORDER =
            Comparator.comparing(Measurement::period).thenComparingLong(Measurement::seq);

    /** The spend lines of one export, in the order they are written. */
    List<SpendLine> spendLinesOf(String fileName) {
        return spend.stream().filter(l -> l.file().equals(fileName)).sorted(SPEND_ORDER).toList();
    }

    /** The KPI rows of one export, in the order they are written. */
    List<Measurement> measurementsOf(String fileName) {
        return measurements.stream().filter(l -> l.file().equals(fileName)).sorted(KPI_ORDER).toList();
    }

    private void writeSpend(Path file, String name, Dialect dialect) throws IOException {
        BigDecimal budgetTotal = BigDecimal.ZERO;
        BigDecimal actualTotal = BigDecimal.ZERO;
        int ledgerRef = 0;
        try (CSVPrinter out = printer(file, dialect.delimiter(), dialect.bom())) {
            out.printRecord(dialect.columns().stream().map(Column::title).toList());
            for (SpendLine line : spendLinesOf(name)) {
                ledgerRef++;
                List<String> cells = new ArrayList<>();
                for (Column column : dialect.columns()) {
                    cells.add(switch (column.field()) {
                        case ID -> line.initiativeId();
                        case PERIOD -> dialect.months().apply(line.period());
                        case CATEGORY -> dialect.informalText() ? titleCase(line.category()) : line.category();
                        case BUDGET -> money(line.budget(), line.currency(), dialect.amounts());
                        case ACTUAL -> line.rawActual() != null ? line.rawActual()
                                : money(line.actual(), line.currency(), dialect.amounts());
                        case CURRENCY -> line.currency();
                        case LEDGER_REF -> String.format("JE-%d-%05d", line.period().getYear(), ledgerRef);
                        case DESCRIPTION -> line.note();
                        default -> throw new IllegalStateException(column.field() + " in a spend export");
                    });
                }
                out.printRecord(cells);
                budgetTotal = line.budget() == null ? budgetTotal : budgetTotal.add(line.budget());
                actualTotal = line.actual() == null ? actualTotal : actualTotal.add(line.actual());
            }
            if (name.equals(SPEND_2025)) {
                // the export's own "Total" line (all currencies added up, as the ledger tool does)
                List<String> cells = new ArrayList<>();
                for (Column column : dialect.columns()) {
                    cells.add(switch (column.field()) {
                        case PERIOD -> "Total";
                        case BUDGET -> money(budgetTotal, REPORTING_CURRENCY, dialect.amounts());
                        case ACTUAL -> money(actualTotal, REPORTING_CURRENCY, dialect.amounts());
                        default -> "";
                    });
                }
                out.printRecord(cells);
            }
        }
    }

    /** The summary rows an export ends with (rejected as summary rows, not counted against the limit). */
    static int summaryRowsOf(String fileName) {
        return fileName.equals(SPEND_2025) ? 1 : 0;
    }

    private void writeKpis(Path file, String name, Dialect dialect) throws IOException {
        try (CSVPrinter out = printer(file, dialect.delimiter(), dialect.bom())) {
            out.printRecord(dialect.columns().stream().map(Column::title).toList());
            for (Measurement row : measurementsOf(name)) {
                List<String> cells = new ArrayList<>();
                for (Column column : dialect.columns()) {
                    cells.add(switch (column.field()) {
                        case ID -> row.initiativeId();
                        case PERIOD -> dialect.months().apply(row.period());
                        case KPI -> dialect.informalText() ? row.kpi().toLowerCase(Locale.ROOT) : row.kpi();
                        case VALUE -> row.rawValue() != null ? row.rawValue()
                                : dialect.amounts() == AmountStyle.DECIMAL_COMMA
                                ? row.value().toPlainString().replace('.', ',') : row.value().toPlainString();
                        case SOURCE -> sourceOf(row.initiativeId());
                        default -> throw new IllegalStateException(column.field() + " in a KPI export");
                    });
                }
                out.printRecord(cells);
            }
        }
    }

    private static String sourceOf(String initiativeId) {
        return initiativeId.startsWith("SD-") || initiativeId.startsWith("EA-") ? "ServiceNow PA" : "Grafana";
    }

    private static String titleCase(String category) {
        return category.charAt(0) + category.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String money(BigDecimal amount, String currency, AmountStyle style) {
        if (amount == null) {
            return "";
        }
        BigDecimal abs = amount.abs().setScale(2, RoundingMode.UNNECESSARY);
        boolean negative = amount.signum() < 0;
        return switch (style) {
            case PLAIN -> amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
            case GROUPED -> (negative ? "-" : "") + grouped(abs, ',', '.');
            case DECIMAL_COMMA -> (negative ? "-" : "") + grouped(abs, '.', ',');
            case SYMBOL -> {
                String text = symbolOf(currency) + grouped(abs, ',', '.');
                yield negative ? "(" + text + ")" : text;
            }
        };
    }

    private static String symbolOf(String currency) {
        return switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            default -> throw new IllegalArgumentException(currency);
        };
    }

    private static String grouped(BigDecimal amount, char grouping, char decimal) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount);
    }
}
