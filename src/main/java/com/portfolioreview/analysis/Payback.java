package com.portfolioreview.analysis;

import com.portfolioreview.portfolio.SpendAmount;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.NavigableMap;
import java.util.SortedMap;

/**
 * SPEC §2.3 payback. Walks the months from the earliest with spend or benefit up to P,
 * cumulating actual spend (every period) and benefit (from S): payback is the first month,
 * once spending has begun (cumulative actual &gt; 0 in that month or an earlier one), at which
 * cumulative benefit covers cumulative actual, written {@code yyyy-MM}. A refund that brings
 * cumulative actual back to 0 or below is covered by any benefit not below it. Otherwise, with a positive net run rate, {@code in N months}
 * (N = ceil((actual_itd − benefit_itd) / net_run_rate), at least 1 since P itself did not pay
 * back); otherwise {@code not at current run rate}.
 */
public final class Payback {

    public static final String NOT_AT_CURRENT_RUN_RATE = "not at current run rate";

    private Payback() {
    }

    /**
     * @param spend    the initiative's spend rows (periods after P are ignored)
     * @param benefits benefit by month, S..P (see {@link MonthlyBenefits#byMonth()})
     */
    public static String of(NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spend,
                            NavigableMap<YearMonth, BigDecimal> benefits, YearMonth period,
                            BigDecimal netRunRate) {
        NavigableMap<YearMonth, SortedMap<String, SpendAmount>> spendToP = spend.headMap(period, true);
        NavigableMap<YearMonth, BigDecimal> benefitsToP = benefits.headMap(period, true);
        YearMonth first = earliest(spendToP, benefitsToP);
        BigDecimal cumulativeActual = BigDecimal.ZERO;
        BigDecimal cumulativeBenefit = BigDecimal.ZERO;
        boolean spendingBegun = false;
        for (YearMonth m = first; m != null && !m.isAfter(period); m = m.plusMonths(1)) {
            SortedMap<String, SpendAmount> categories = spendToP.get(m);
            if (categories != null) {
                for (SpendAmount amount : categories.values()) {
                    cumulativeActual = cumulativeActual.add(amount.actual());
                }
            }
            cumulativeBenefit = cumulativeBenefit.add(benefitsToP.getOrDefault(m, BigDecimal.ZERO));
            spendingBegun |= cumulativeActual.signum() > 0;
            if (spendingBegun && cumulativeBenefit.compareTo(cumulativeActual) >= 0) {
                return m.toString();
            }
        }
        if (netRunRate != null && netRunRate.signum() > 0) {
            BigDecimal toRecover = cumulativeActual.subtract(cumulativeBenefit);
            BigDecimal months = toRecover.divide(netRunRate, MathContext.DECIMAL128).setScale(0, RoundingMode.CEILING);
            long n = Math.max(1L, months.longValueExact());
            return n == 1 ? "in 1 month" : "in " + n + " months";
        }
        return NOT_AT_CURRENT_RUN_RATE;
    }

    private static YearMonth earliest(NavigableMap<YearMonth, ?> spend, NavigableMap<YearMonth, ?> benefits) {
        YearMonth a = spend.isEmpty() ? null : spend.firstKey();
        YearMonth b = benefits.isEmpty() ? null : benefits.firstKey();
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
