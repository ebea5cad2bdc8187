package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.AmountParser;
import com.portfolioreview.ingest.csv.DateParser;
import com.portfolioreview.ingest.csv.ExportRow;
import com.portfolioreview.ingest.csv.HeaderNames;
import com.portfolioreview.ingest.csv.PeriodParser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * What the readers' rules take from a row of the general path ({@link ExportRow}): typed values,
 * each that cannot be read raising a {@link RowRejection} whose reason names the column and the
 * value as written, and whether the row is a summary row.
 */
final class RowValues {

    static final String INITIATIVE_ID = "initiative_id";
    static final String COST_CATEGORY = "cost_category";

    private RowValues() {
    }

    /** The initiative_id as written (trimmed), or empty. */
    static String initiativeId(ExportRow row) {
        return row.value(INITIATIVE_ID);
    }

    /**
     * A summary row: the export has an initiative_id column, it is empty in this row, and some
     * other field says "total" (case-insensitive); or a spend row whose cost_category is a
     * {@link TotalCategory} (a per-initiative subtotal).
     */
    static boolean isSummaryRow(ExportRow row) {
        HeaderNames header = row.header();
        if (header.has(COST_CATEGORY) && TotalCategory.is(row.value(COST_CATEGORY))) {
            return true;
        }
        int idColumn = header.indexOf(INITIATIVE_ID);
        if (idColumn < 0 || !initiativeId(row).isEmpty()) {
            return false;
        }
        for (int i = 0; i < row.size(); i++) {
            if (i != idColumn && row.field(i).toLowerCase(Locale.ROOT).contains("total")) {
                return true;
            }
        }
        return false;
    }

    static String required(ExportRow row, String column) throws RowRejection {
        String v = row.value(column);
        if (v.isEmpty()) {
            throw new RowRejection("missing value in required column '" + column + "'");
        }
        return v;
    }

    /** A required money value. */
    static BigDecimal amount(ExportRow row, String column) throws RowRejection {
        return parseAmount(row, column, required(row, column), "amount");
    }

    /** An optional money value: empty is zero. */
    static BigDecimal optionalAmount(ExportRow row, String column) throws RowRejection {
        String v = row.value(column);
        return v.isEmpty() ? BigDecimal.ZERO : parseAmount(row, column, v, "amount");
    }

    /** A required plain number. */
    static BigDecimal number(ExportRow row, String column) throws RowRejection {
        return parseAmount(row, column, required(row, column), "number");
    }

    /** An optional plain number. */
    static Optional<BigDecimal> optionalNumber(ExportRow row, String column) throws RowRejection {
        String v = row.value(column);
        return v.isEmpty() ? Optional.empty() : Optional.of(parseAmount(row, column, v, "number"));
    }

    static BigDecimal parseAmount(ExportRow row, String column, String v, String kind) throws RowRejection {
        AmountParser amounts = row.amounts();
        Optional<BigDecimal> value = amounts.parse(v);
        if (value.isPresent()) {
            return value.get();
        }
        if (amounts.exceedsDigitLimits(v)) {
            throw new RowRejection("bad " + kind + " in column '" + column + "': " + quoted(v)
                    + " has more digits than a figure can carry (at most " + AmountParser.MAX_INTEGER_DIGITS
                    + " before the decimal separator and " + AmountParser.MAX_FRACTION_DIGITS + " after it)");
        }
        throw bad(kind, column, v);
    }

    static YearMonth month(ExportRow row, String column) throws RowRejection {
        String v = required(row, column);
        return PeriodParser.parse(v).orElseThrow(() -> bad("month", column, v));
    }

    static LocalDate date(ExportRow row, String column) throws RowRejection {
        String v = required(row, column);
        return DateParser.parse(v).orElseThrow(() -> bad("date", column, v));
    }

    static String currency(ExportRow row, String column) throws RowRejection {
        String v = required(row, column);
        return CurrencyCode.parse(v).orElseThrow(() -> bad("currency code", column, v));
    }

    static RowRejection bad(String kind, String column, String value) {
        return new RowRejection("bad " + kind + " in column '" + column + "': " + quoted(value));
    }

    /** A value quoted in a reason: whole up to 60 characters, else its start and its length (the raw line keeps it all). */
    static String quoted(String value) {
        return value.length() <= 60 ? "\"" + value + "\""
                : "\"" + value.substring(0, 40) + "…\" (" + String.format("%,d", value.length()) + " characters)";
    }
}
