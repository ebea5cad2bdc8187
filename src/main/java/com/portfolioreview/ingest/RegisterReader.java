package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.ExportRow;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.Stage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the portfolio register {@code initiatives.csv} (SPEC §1.1). initiative_id must be unique:
 * a later row with an id already seen is rejected, whether or not the earlier row was accepted.
 * approved_budget is converted into the reporting currency at the report period's rate. A bad
 * owner_email is only a warning (the email is left blank): an initiative is not lost over a typo.
 */
final class RegisterReader {

    static final List<String> REQUIRED = List.of("initiative_id", "name", "business_unit", "owner", "use_case",
            "stage", "start_date", "planned_end_date", "approved_budget", "currency", "maturity_months");
    static final List<String> OPTIONAL = List.of("owner_email");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private RegisterReader() {
    }

    static FileReading<PortfolioRegister> read(ExportFile file, YearMonth reportPeriod, ExchangeRates rates,
                                               IngestListener listener) throws IOException {
        PortfolioRegister register = new PortfolioRegister();
        CurrencyConversion conversion = new CurrencyConversion(rates);
        Map<String, Long> firstLine = new HashMap<>();
        FileTally tally = ExportScan.scan(file, REQUIRED, OPTIONAL, listener, (row, t) -> {
            String id = RowValues.initiativeId(row);
            try {
                register.accept(initiative(row, t, reportPeriod, conversion, firstLine));
            } catch (RowRejection r) {
                if (ID.matcher(id).matches()) {
                    register.rejected(id);
                }
                throw r;
            }
        });
        return new FileReading<>(file, register, tally, conversion.used());
    }

    private static Initiative initiative(ExportRow row, FileTally tally, YearMonth reportPeriod,
                                         CurrencyConversion conversion, Map<String, Long> firstLine)
            throws RowRejection {
        String id = initiativeId(row);
        Long first = firstLine.putIfAbsent(id, row.line());
        if (first != null) {
            throw new RowRejection("duplicate initiative_id '" + id + "' (first on line " + first + ")");
        }
        String name = RowValues.required(row, "name");
        String businessUnit = RowValues.required(row, "business_unit");
        String owner = RowValues.required(row, "owner");
        String useCase = RowValues.required(row, "use_case");
        Stage stage = stage(row);
        LocalDate start = RowValues.date(row, "start_date");
        LocalDate end = RowValues.date(row, "planned_end_date");
        if (end.isBefore(start)) {
            throw new RowRejection("planned_end_date " + end + " is before start_date " + start);
        }
        BigDecimal budget = RowValues.amount(row, "approved_budget");
        if (budget.signum() <= 0) {
            throw new RowRejection("approved_budget must be greater than 0: \"" + row.value("approved_budget") + "\"");
        }
        String currency = RowValues.currency(row, "currency");
        int maturity = maturityMonths(row);
        FxRate rate = conversion.rateFor(currency, reportPeriod);
        String email = row.value("owner_email");
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            tally.warn(row, "bad email in column 'owner_email': \"" + email + "\" (left blank)");
            email = "";
        }
        return new Initiative(id, name, businessUnit, owner, email, useCase, stage, start, end,
                conversion.convert(budget, rate), currency, budget, maturity);
    }

    static String initiativeId(ExportRow row) throws RowRejection {
        String id = RowValues.required(row, "initiative_id");
        if (!ID.matcher(id).matches()) {
            throw new RowRejection("bad initiative_id '" + id + "': use 1 to 40 characters of A-Z a-z 0-9 . _ -");
        }
        return id;
    }

    private static Stage stage(ExportRow row) throws RowRejection {
        String v = RowValues.required(row, "stage");
        try {
            return Stage.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejection(RowValues.bad("stage", "stage", v).reason() + " (POC, PILOT or PRODUCTION)");
        }
    }

    private static int maturityMonths(ExportRow row) throws RowRejection {
        String v = RowValues.required(row, "maturity_months");
        BigDecimal n = row.amounts().parse(v).orElseThrow(() -> RowValues.bad("integer", "maturity_months", v));
        int months;
        try {
            months = n.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException e) {
            throw RowValues.bad("integer", "maturity_months", v);
        }
        if (months < 1) {
            throw new RowRejection("maturity_months must be at least 1: \"" + v + "\"");
        }
        return months;
    }
}
