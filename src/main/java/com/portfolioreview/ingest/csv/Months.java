package com.portfolioreview.ingest.csv;

import java.time.YearMonth;
import java.util.concurrent.ConcurrentHashMap;

/** Shared {@link YearMonth} instances by month index (year × 12 + month − 1): millions of rows, a few hundred months. */
public final class Months {

    private static final ConcurrentHashMap<Integer, YearMonth> CACHE = new ConcurrentHashMap<>();

    private Months() {
    }

    /** year × 12 + month − 1. */
    public static int indexOf(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static YearMonth of(int monthIndex) {
        return CACHE.computeIfAbsent(monthIndex, m -> YearMonth.of(m / 12, m % 12 + 1));
    }
}
