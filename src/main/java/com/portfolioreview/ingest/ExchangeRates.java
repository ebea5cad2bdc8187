package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.FxRate;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly rates into the reporting currency (from {@code fx_rates.csv}). The reporting
 * currency's own rate is always 1 and is not a rate from the file.
 */
final class ExchangeRates {

    private final String reportingCurrency;
    private final Map<YearMonth, Map<String, BigDecimal>> rates = new HashMap<>();

    public ExchangeRates(String reportingCurrency) {
        this.reportingCurrency = reportingCurrency;
    }

    public String reportingCurrency() {
        return reportingCurrency;
    }

    void put(YearMonth period, String currency, BigDecimal rate) {
        rates.computeIfAbsent(period, k -> new HashMap<>()).put(currency, rate);
    }

    /** The rate of {@code currency} in {@code period}; empty for the reporting currency and when missing. */
    public Optional<FxRate> rate(String currency, YearMonth period) {
        if (currency.equals(reportingCurrency)) {
            return Optional.empty();
        }
        BigDecimal r = rates.getOrDefault(period, Map.of()).get(currency);
        return r == null ? Optional.empty() : Optional.of(new FxRate(period, currency, r));
    }

    /** Every rate of these currencies, in every month of fx_rates.csv (the register's, for months before P). */
    public List<FxRate> of(java.util.Set<String> currencies) {
        List<FxRate> out = new java.util.ArrayList<>();
        rates.forEach((period, byCurrency) -> byCurrency.forEach((currency, rate) -> {
            if (currencies.contains(currency)) {
                out.add(new FxRate(period, currency, rate));
            }
        }));
        out.sort(CurrencyConversion.BY_PERIOD_AND_CURRENCY);
        return out;
    }
}
