package com.portfolioreview.decision;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.PortfolioInputs;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The register's money as a review of a month before P converts it (SPEC §2.6, today's view of
 * that month): an initiative's approved budget and its KPIs' value per unit at that month's rate
 * of the register currency, as P's review converts them at P's. Null when the rate is missing:
 * the month cannot be recomputed.
 */
final class RegisterAtMonth {

    private final YearMonth period;
    private final String reportingCurrency;
    private final Map<YearMonth, Map<String, BigDecimal>> rates = new HashMap<>();

    RegisterAtMonth(PortfolioInputs inputs) {
        this.period = inputs.period();
        this.reportingCurrency = inputs.reportingCurrency();
        for (FxRate r : inputs.registerRates()) {
            rates.computeIfAbsent(r.period(), k -> new HashMap<>()).put(r.currency(), r.rate());
        }
    }

    /** The initiative with its approved budget at month {@code m}'s rate; null when that rate is missing. */
    Initiative initiative(Initiative i, YearMonth m) {
        if (m.equals(period) || i.currency().equals(reportingCurrency)) {
            return i;
        }
        BigDecimal rate = rate(i.currency(), m);
        return rate == null ? null : new Initiative(i.id(), i.name(), i.businessUnit(), i.owner(), i.ownerEmail(),
                i.useCase(), i.stage(), i.startDate(), i.plannedEndDate(), i.approvedBudgetOriginal().multiply(rate),
                i.currency(), i.approvedBudgetOriginal(), i.maturityMonths());
    }

    /** The KPI targets with their value per unit at month {@code m}'s rate; null when a rate is missing. */
    List<KpiTarget> targets(Initiative i, List<KpiTarget> targets, YearMonth m) {
        if (m.equals(period) || i.currency().equals(reportingCurrency) || targets.isEmpty()) {
            return targets;
        }
        BigDecimal atP = rate(i.currency(), period);
        BigDecimal atM = rate(i.currency(), m);
        if (atP == null || atM == null) {
            return null;
        }
        List<KpiTarget> converted = new ArrayList<>(targets.size());
        for (KpiTarget t : targets) {
            // P's value per unit is the register's × P's rate exactly, so this division is exact
            BigDecimal written = t.valuePerUnit().divide(atP);
            converted.add(new KpiTarget(t.initiativeId(), t.kpi(), t.unit(), t.direction(), t.baseline(), t.target(),
                    written.multiply(atM), t.weight()));
        }
        return converted;
    }

    private BigDecimal rate(String currency, YearMonth m) {
        return rates.getOrDefault(m, Map.of()).get(currency);
    }
}
