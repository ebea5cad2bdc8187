package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.FxRate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * Converts amounts into the reporting currency, exactly (amount × rate, no rounding), and
 * remembers which rates converted something (for the Assumptions sheet). One per file read.
 */
final class CurrencyConversion {

    static final Comparator<FxRate> BY_PERIOD_AND_CURRENCY =
            Comparator.comparing(FxRate::period).thenComparing(FxRate::currency);

    private final ExchangeRates rates;
    private final Set<FxRate> used = new TreeSet<>(BY_PERIOD_AND_CURRENCY);

    CurrencyConversion(ExchangeRates rates) {
        this.rates = rates;
    }

    /** Fails with the row's reason {@code no FX rate for EUR in 2026-10} when the rate is missing. */
    FxRate rateFor(String currency, YearMonth period) throws RowRejection {
        if (currency.equals(rates.reportingCurrency())) {
            return null;
        }
        return rates.rate(currency, period)
                .orElseThrow(() -> new RowRejection("no FX rate for " + currency + " in " + period));
    }

    /**
     * Converts with a rate from {@link #rateFor} (null = the reporting currency) and records the
     * rate as used. Call only once the row is otherwise accepted.
     */
    BigDecimal convert(BigDecimal amount, FxRate rate) {
        if (rate == null) {
            return amount;
        }
        used.add(rate);
        return amount.multiply(rate.rate());
    }

    Set<FxRate> used() {
        return used;
    }
}
