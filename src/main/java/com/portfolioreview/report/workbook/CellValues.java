package com.portfolioreview.report.workbook;

import org.apache.poi.ss.SpreadsheetVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** How figures become cell values: money rounded to cents, text made safe for a cell. */
final class CellValues {

    static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String TRUNCATED = " […]";
    private static final DateTimeFormatter PERIOD = DateTimeFormatter.ofPattern("yyyy-MM");

    private CellValues() {
    }

    /** Money as written: rounded to cents, half up (SPEC §2: rounding only when written). */
    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Input text as a cell can hold it: null becomes empty, characters XML 1.0 cannot carry
     * become U+FFFD, and text beyond Excel's 32,767 characters is cut with a visible mark.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && sb == null) {
                sb = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (sb != null) {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        String safe = sb == null ? value : sb.toString();
        if (safe.length() > MAX_TEXT) {
            int cut = MAX_TEXT - TRUNCATED.length();
            if (Character.isHighSurrogate(safe.charAt(cut - 1))) {
                cut--;
            }
            safe = safe.substring(0, cut) + TRUNCATED;
        }
        return safe;
    }

    /** A month as the workbook writes it: {@code 2026-10}. */
    static String period(YearMonth period) {
        int year = period.getYear();
        if (year < 1000 || year > 9999) {
            return PERIOD.format(period);
        }
        int month = period.getMonthValue();
        return new String(new char[] {(char) ('0' + year / 1000), (char) ('0' + year / 100 % 10),
            (char) ('0' + year / 10 % 10), (char) ('0' + year % 10), '-', (char) ('0' + month / 10),
            (char) ('0' + month % 10)});
    }

    /** Width in characters of the longest line of {@code text}. */
    static int displayWidth(String text) {
        int max = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                max = Math.max(max, current);
                current = 0;
            } else if (c != '\r') {
                current++;
            }
        }
        return Math.max(max, current);
    }

    /** Width in characters of money (in cents) as displayed with thousands separators and a currency mark. */
    static int moneyWidth(BigDecimal cents) {
        int digits = Math.max(1, cents.precision() - cents.scale());
        return digits + (digits - 1) / 3 + 3 + 2 + 4;
    }

    /** Width in characters of money as displayed with thousands separators and a currency mark. */
    static int moneyWidth(double amount) {
        long whole = (long) Math.min(Math.abs(amount), Long.MAX_VALUE);
        int digits = Long.toString(whole).length();
        // digits, thousands separators, ".00", sign or parentheses, currency mark
        return digits + (digits - 1) / 3 + 3 + 2 + 4;
    }
}
