package com.portfolioreview.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * How one sample initiative is built: its register row as written, its archetype and the few
 * numbers that place it where the archetype wants it (attainment at P, value multiple), plus
 * its data gaps and the input defects it carries.
 */
final class InitiativeDesign {

    /** One ledger line of an invoice and its credit note: the actual is unchanged, the credit shows. */
    record Credit(YearMonth period, String category, BigDecimal amount) {
    }

    final String id;
    final String name;
    final String businessUnit;
    final String owner;
    final String ownerEmail;
    final String useCase;
    final String stage;
    final String startDate;
    final String plannedEndDate;
    final int maturityMonths;
    final String currency;
    final Archetype archetype;

    /** Lifetime size the monthly budget is derived from, in the initiative's currency. */
    long size = 500_000;
    /** Weighted attainment the KPIs are steered to at P (the ramp reaches it at P or at maturity). */
    double attainment = 1.0;
    /** Another attainment the KPIs are steered to in some months (from, to, attainment): a slip or a recovery. */
    private final java.util.List<Object[]> attainmentSpells = new java.util.ArrayList<>();
    /** Monthly benefit at 100% attainment divided by the steady monthly budget. */
    double valueMultiple = 2.0;
    /** Budget rows for P+1..P+3 in the spend exports; without them funding uses burn rate x 3. */
    boolean forwardPlan = true;
    /** Number of KPIs; 0 lets the seed choose 2-4. */
    int kpiCount;
    /** Chance that a KPI value of a month before P is missing (a flaky feed). */
    double sparseKpiGaps;
    Set<YearMonth> spendMissing = Set.of();
    BiPredicate<Integer, YearMonth> kpiMissing = (kpi, month) -> false;
    /** Cost categories billed in another currency than the initiative's (cloud bills in USD). */
    String computeCurrency;

    // input defects and oddities this initiative carries
    YearMonth badAmountIn;
    YearMonth undefinedKpiIn;
    YearMonth kpiNotANumberIn;
    YearMonth kpiRestatedIn;
    Credit credit;

    InitiativeDesign(String id, String name, String businessUnit, String owner, String ownerEmail,
                     String useCase, String stage, String startDate, String plannedEndDate,
                     int maturityMonths, String currency, Archetype archetype) {
        this.id = id;
        this.name = name;
        this.businessUnit = businessUnit;
        this.owner = owner;
        this.ownerEmail = ownerEmail;
        this.useCase = useCase;
        this.stage = stage;
        this.startDate = startDate;
        this.plannedEndDate = plannedEndDate;
        this.maturityMonths = maturityMonths;
        this.currency = currency;
        this.archetype = archetype;
    }

    InitiativeDesign size(long size) {
        this.size = size;
        return this;
    }

    InitiativeDesign attainment(double attainment) {
        this.attainment = attainment;
        return this;
    }

    /** The KPIs steered to {@code attainment} in the months from..to instead (month over month, SPEC §2.6). */
    InitiativeDesign attainmentIn(YearMonth from, YearMonth to, double attainment) {
        attainmentSpells.add(new Object[] {from, to, attainment});
        return this;
    }

    /** The attainment the KPIs are steered to in month {@code m}. */
    double attainmentIn(YearMonth m) {
        for (Object[] spell : attainmentSpells) {
            if (!m.isBefore((YearMonth) spell[0]) && !m.isAfter((YearMonth) spell[1])) {
                return (double) spell[2];
            }
        }
        return attainment;
    }

    InitiativeDesign valueMultiple(double valueMultiple) {
        this.valueMultiple = valueMultiple;
        return this;
    }

    InitiativeDesign noForwardPlan() {
        this.forwardPlan = false;
        return this;
    }

    InitiativeDesign kpiCount(int kpiCount) {
        this.kpiCount = kpiCount;
        return this;
    }

    InitiativeDesign sparseKpiGaps(double chance) {
        this.sparseKpiGaps = chance;
        return this;
    }

    InitiativeDesign spendMissing(YearMonth... months) {
        this.spendMissing = Set.of(months);
        return this;
    }

    InitiativeDesign kpiMissing(BiPredicate<Integer, YearMonth> missing) {
        this.kpiMissing = missing;
        return this;
    }

    InitiativeDesign computeBilledIn(String currency) {
        this.computeCurrency = currency;
        return this;
    }

    InitiativeDesign badAmountIn(YearMonth period) {
        this.badAmountIn = period;
        return this;
    }

    InitiativeDesign undefinedKpiIn(YearMonth period) {
        this.undefinedKpiIn = period;
        return this;
    }

    InitiativeDesign kpiNotANumberIn(YearMonth period) {
        this.kpiNotANumberIn = period;
        return this;
    }

    InitiativeDesign kpiRestatedIn(YearMonth period) {
        this.kpiRestatedIn = period;
        return this;
    }

    InitiativeDesign credit(YearMonth period, String category, String amount) {
        this.credit = new Credit(period, category, new BigDecimal(amount));
        return this;
    }

    LocalDate start() {
        return parseDate(startDate);
    }

    LocalDate plannedEnd() {
        return parseDate(plannedEndDate);
    }

    YearMonth startMonth() {
        return YearMonth.from(start());
    }

    YearMonth endMonth() {
        return YearMonth.from(plannedEnd());
    }

    private static LocalDate parseDate(String text) {
        return LocalDate.parse(text.replace('/', '-'), DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
