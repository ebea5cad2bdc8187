package com.portfolioreview.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/**
 * One non-blank data row of an export, with typed access to its columns by normalised header
 * name. A value that cannot be read raises a {@link RowRejection} whose reason names the column
 * and the value as written.
 */
public final class ExportRow {

    static final String INITIATIVE_ID = "initiative_id";
    static final String COST_CATEGORY = "cost_category";

    private final String file;
    private final long line;
    private final String raw;
    private final String[] fields;
    private final HeaderNames header;
    private final AmountParser amounts;
    private final long offset;

    ExportRow(String file, long line, String raw, String[] fields, HeaderNames header, AmountParser amounts) {
        this(file, line, raw, fields, header, amounts, -1);
    }

    /** @param offset where the record starts in the file, in bytes; -1 when not known */
    ExportRow(String file, long line, String raw, String[] fields, HeaderNames header, AmountParser amounts,
              long offset) {
        this.file = file;
        this.line = line;
        this.raw = raw;
        this.fields = fields;
        this.offset = offset;
        this.header = header;
        this.amounts = amounts;
    }

    public String file() {
        return file;
    }

    /** 1-based physical line where the record starts. */
    public long line() {
        return line;
    }

    /** The record's text as in the file, without its line terminator. */
    public String raw() {
        return raw;
    }

    /** Where the record starts in the file, in bytes; -1 when not known. */
    long offset() {
        return offset;
    }

    /** The money and number parser of this export's dialect. */
    AmountParser amounts() {
        return amounts;
    }

    /** The trimmed value of a column; empty when blank, absent from the header or the row is short. */
    public String value(String column) {
        int i = header.indexOf(column);
        if (i < 0 || i >= fields.length) {
            return "";
        }
        return AmountParser.strip(fields[i]);
    }

    /** The initiative_id as written (trimmed), or empty. */
    public String initiativeId() {
        return value(INITIATIVE_ID);
    }

    /**
     * A summary row: the export has an initiative_id column, it is empty in this row, and some
     * other field says "total" (case-insensitive); or a spend row whose cost_category is a
     * {@link TotalCategory} (a per-initiative subtotal).
     */
    public boolean isSummaryRow() {
        if (header.has(COST_CATEGORY) && TotalCategory.is(value(COST_CATEGORY))) {
            return true;
        }
        int idColumn = header.indexOf(INITIATIVE_ID);
        if (idColumn < 0 || !initiativeId().isEmpty()) {
            return false;
        }
        for (int i = 0; i < fields.length; i++) {
            if (i != idColumn && fields[i].toLowerCase(Locale.ROOT).contains("total")) {
                return true;
            }
        }
        return false;
    }

    String required(String column) throws RowRejection {
        String v = value(column);
        if (v.isEmpty()) {
            throw new RowRejection("missing value in required column '" + column + "'");
        }
        return v;
    }

    /** A required money value. */
    BigDecimal amount(String column) throws RowRejection {
        return parseAmount(column, required(column), "amount");
    }

    /** An optional money value: empty is zero. */
    BigDecimal optionalAmount(String column) throws RowRejection {
        String v = value(column);
        return v.isEmpty() ? BigDecimal.ZERO : parseAmount(column, v, "amount");
    }

    /** A required plain number. */
    BigDecimal number(String column) throws RowRejection {
        return parseAmount(column, required(column), "number");
    }

    /** An optional plain number. */
    Optional<BigDecimal> optionalNumber(String column) throws RowRejection {
        String v = value(column);
        return v.isEmpty() ? Optional.empty() : Optional.of(parseAmount(column, v, "number"));
    }

    private BigDecimal parseAmount(String column, String v, String kind) throws RowRejection {
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

    YearMonth month(String column) throws RowRejection {
        String v = required(column);
        return PeriodParser.parse(v).orElseThrow(() -> bad("month", column, v));
    }

    LocalDate date(String column) throws RowRejection {
        String v = required(column);
        return DateParser.parse(v).orElseThrow(() -> bad("date", column, v));
    }

    String currency(String column) throws RowRejection {
        String v = required(column);
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
