package com.portfolioreview.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** Units of reporting currency for one unit of {@code currency} in {@code period}. */
public record FxRate(YearMonth period, String currency, BigDecimal rate) implements Serializable {
}
