package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;
import com.portfolioreview.ingest.csv.FastExportScan;

import com.portfolioreview.portfolio.InputIssues;

import static org.assertj.core.api.Assertions.assertThat;

import com.portfolioreview.portfolio.SpendLedger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one-pass reading ({@link FastExportScan} with its byte-level hot path) and the Commons CSV
 * reading ({@link ExportScan}) must agree on everything: sums (scale included), row counts,
 * every rejection and warning with its line and raw text, the SHA-256. Thousands of generated
 * rows mix plain rows with every form the hot path declines, and rows dated after today's month
 * (November 2026 here): actuals and KPI values rejected, budget-only plan rows kept.
 */
class FastPathDifferentialTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    /** Today's month: December 2026 and later is the future. */
    private static final YearMonth TODAY = YearMonth.of(2026, 11);
    private static final String[] IDS = {"AI-001", "AI-002", "AI-003", "AI-004", "AI-005"};

    @TempDir
    Path dir;

    /** The fast path spools its issues as in the job; the library path keeps them in memory. */
    @TempDir
    Path spool;

    private PortfolioRegister register;
    private ExchangeRates rates;
    private SuccessCriteria criteria;

    private void writeReferenceFiles() throws IOException {
        StringBuilder reg = new StringBuilder("initiative_id,name,business_unit,owner,use_case,stage,start_date,"
                + "planned_end_date,approved_budget,currency,maturity_months\n");
        StringBuilder targets = new StringBuilder("initiative_id,kpi,unit,direction,baseline,target,value_per_unit\n");
        for (String id : IDS) {
            reg.append(id).append(",Name,Unit,Owner,Use,PILOT,2025-01-01,2027-12-31,100000,USD,12\n");
            targets.append(id).append(",MTTR,min,LOWER_IS_BETTER,100,50,10\n");
            targets.append(id).append(",Tickets Closed,n,HIGHER_IS_BETTER,10,20,5\n");
        }
        Files.writeString(dir.resolve("initiatives.csv"), reg);
        Files.writeString(dir.resolve("kpi_targets.csv"), targets);
        Files.writeString(dir.resolve("fx_rates.csv"), "period,currency,rate\n2026-09,EUR,1.0825\n2026-10,EUR,1.0912\n");
        rates = FxRateReader.read(ExportFile.inspect(dir, dir.resolve("fx_rates.csv")), "USD", IngestListener.NONE)
                .content();
        register = RegisterReader.read(ExportFile.inspect(dir, dir.resolve("initiatives.csv")), OCT, rates,
                IngestListener.NONE).content();
        criteria = KpiTargetReader.read(ExportFile.inspect(dir, dir.resolve("kpi_targets.csv")), register, OCT, rates,
                IngestListener.NONE).content();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String amount(Random r, char delimiter) {
        String plain = (r.nextInt(5) == 0 ? "-" : "") + r.nextInt(100000)
                + pick(r, "", ".", ".5", ".25", ".125", ".1234567");
        String local = delimiter == ';' ? plain.replace('.', ',') : plain;
        return switch (r.nextInt(14)) {
            case 0 -> "";
            case 1 -> delimiter == ';' ? "\"1.234,56\"" : "\"1,234.56\"";
            case 2 -> " " + local;
            case 3 -> "$" + local;
            case 4 -> "(" + local.replace("-", "") + ")";
            case 5 -> pick(r, "abc", "12,34", "1.2.3", "-", "--5", "1e5", "");
            case 6 -> "\"" + local + "\"";
            case 7 -> "12345678901234567890.5";
            default -> local;
        };
    }

    private String spendFile(Random r, char delimiter) {
        String d = String.valueOf(delimiter);
        StringBuilder out = new StringBuilder(String.join(d, "initiative_id", "period", "cost_category", "budget",
                "actual", "currency")).append(pick(r, "\n", "\r\n"));
        for (int i = 0; i < 3000; i++) {
            String id = r.nextInt(40) == 0 ? pick(r, "AI-999", "", " AI-001", "ai-001") : IDS[r.nextInt(IDS.length)];
            String period = r.nextInt(10) == 0 ? pick(r, "Oct 2026", "2026/10", "2026-13", "10/2026", "2026-9",
                    "Dec 2026", "2062-10")
                    : pick(r, "2026-09", "2026-10", "2026-11", "2026-12", "2027-01");
            String category = r.nextInt(12) == 0 ? pick(r, "compute", " Staff ", "\"DATA\"", "\"multi\nline\"", "Über")
                    : pick(r, "COMPUTE", "STAFF", "LICENSES");
            String currency = r.nextInt(10) == 0 ? pick(r, "EUR", "usd", "XXX", "", "GBP") : "USD";
            String line = r.nextInt(100) == 0 ? pick(r, "", "  ", d + d + d, d + d + "Total" + d + d + d)
                    : String.join(d, id, period, category, amount(r, delimiter), amount(r, delimiter), currency);
            out.append(line).append(pick(r, "\n", "\n", "\r\n", "\r"));
        }
        return out.toString();
    }

    private String kpiFile(Random r, char delimiter) {
        String d = String.valueOf(delimiter);
        StringBuilder out = new StringBuilder(String.join(d, "initiative_id", "period", "kpi", "actual")).append("\n");
        for (int i = 0; i < 3000; i++) {
            String id = r.nextInt(40) == 0 ? "AI-999" : IDS[r.nextInt(IDS.length)];
            String period = pick(r, "2026-08", "2026-09", "2026-10", "Sep 2026", "2026-11", "2026-12", "Jan 2027");
            String kpi = r.nextInt(10) == 0 ? pick(r, "mttr", " MTTR", "\"Tickets Closed\"", "Unknown KPI") : pick(r,
                    "MTTR", "Tickets Closed");
            out.append(String.join(d, id, period, kpi, amount(r, delimiter))).append("\n");
        }
        return out.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", ignoreLeadingAndTrailingWhitespace = false, value = {"1|,", "2|;", "3|TAB", "4|,", "5|,"})
    void spendRowsGiveTheSameLedgerRejectionsAndCountsOnBothPaths(long seed, String delimiterName) throws IOException {
        char delimiter = delimiterName.equals("TAB") ? '\t' : delimiterName.charAt(0);
        writeReferenceFiles();
        Path file = dir.resolve("spend.csv");
        Files.writeString(file, (seed == 4 ? "\uFEFF" : "") + spendFile(new Random(seed), delimiter),
                StandardCharsets.UTF_8);

        FileReading<SpendExport> fast = SpendExportReader.read(dir, file, register,
                new InitiativeIds(register.initiatives()), rates, TODAY, IngestListener.NONE, spool);
        FileReading<SpendExport> slow = SpendExportReader.read(ExportFile.inspect(dir, file), register, rates,
                TODAY, IngestListener.NONE);

        assertThat(slow.tally().issues().list()).anyMatch(i -> i.reason().equals("actual dated in the future"));
        assertThat(fast.file().sha256()).isEqualTo(slow.file().sha256());
        assertThat(fast.file().encodingName()).isEqualTo(slow.file().encodingName());
        assertThat(fast.tally().dataRows()).isEqualTo(slow.tally().dataRows()).isGreaterThan(2900);
        assertThat(fast.tally().rejected()).isEqualTo(slow.tally().rejected()).isPositive();
        assertThat(fast.tally().issues().list()).containsExactlyElementsOf(slow.tally().issues().list());
        assertThat(fast.tally().fileErrors()).isEqualTo(slow.tally().fileErrors());
        assertThat(fast.ratesUsed()).isEqualTo(slow.ratesUsed());
        assertThat(cells(fast.content())).isEqualTo(cells(slow.content())).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", ignoreLeadingAndTrailingWhitespace = false, value = {"11|,", "12|;", "13|TAB"})
    void kpiRowsGiveTheSameValuesWarningsAndRejectionsOnBothPaths(long seed, String delimiterName) throws IOException {
        char delimiter = delimiterName.equals("TAB") ? '\t' : delimiterName.charAt(0);
        writeReferenceFiles();
        Path file = dir.resolve("kpi.csv");
        Files.writeString(file, kpiFile(new Random(seed), delimiter), StandardCharsets.UTF_8);

        FileReading<KpiExport> fast = KpiExportReader.read(dir, file, register,
                new InitiativeIds(register.initiatives()), criteria, TODAY, IngestListener.NONE, spool);
        FileReading<KpiExport> slow = KpiExportReader.read(ExportFile.inspect(dir, file), register, criteria,
                TODAY, IngestListener.NONE);

        assertThat(fast.tally().dataRows()).isEqualTo(slow.tally().dataRows()).isEqualTo(3000);
        assertThat(fast.tally().issues().list()).containsExactlyElementsOf(slow.tally().issues().list());
        assertThat(fast.tally().issues().list()).anyMatch(i -> i.reason().contains(" restated: "))
                .anyMatch(i -> i.reason().equals("actual dated in the future"));
        MeasuredValues a = new MeasuredValues(criteria.indexed());
        MeasuredValues b = new MeasuredValues(criteria.indexed());
        fast.content().mergeInto(a, new InputIssues.Builder(null), criteria);
        slow.content().mergeInto(b, new InputIssues.Builder(null), criteria);
        assertThat(measured(a)).containsExactlyElementsOf(measured(b)).hasSizeGreaterThan(10);
    }

    /** Each slot's target, month, value, line and raw text, in slot order. */
    private static List<List<Object>> measured(MeasuredValues values) {
        List<List<Object>> out = new java.util.ArrayList<>();
        for (int slot = 0; slot < values.size(); slot++) {
            out.add(List.of(values.target(slot).initiativeId(), values.target(slot).key(), values.monthIndex(slot),
                    values.value(slot), values.line(slot)));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"'AI-001,2026-10,COMPUTE,10,5,USD\nAI-002,2026-10,STAFF,\"1,0\n', true",
        "'AI-001,2026-10,CAF\u00c9,10,5,USD\n', false"})
    void aFileTheOnePassReadingCannotFollowIsReadWholeByCommonsCsv(String body, boolean malformed) throws IOException {
        writeReferenceFiles();
        Path file = dir.resolve("odd.csv");
        byte[] text = ("initiative_id,period,cost_category,budget,actual,currency\n" + body)
                .getBytes(malformed ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Files.write(file, text);

        FileReading<SpendExport> fast = SpendExportReader.read(dir, file, register,
                new InitiativeIds(register.initiatives()), rates, TODAY, IngestListener.NONE, spool);
        FileReading<SpendExport> slow = SpendExportReader.read(ExportFile.inspect(dir, file), register, rates,
                TODAY, IngestListener.NONE);

        assertThat(fast.file().encodingName()).isEqualTo(malformed ? "UTF-8" : "windows-1252");
        assertThat(fast.tally().fileErrors()).isEqualTo(slow.tally().fileErrors());
        assertThat(fast.tally().issues().list()).containsExactlyElementsOf(slow.tally().issues().list());
        assertThat(cells(fast.content())).isEqualTo(cells(slow.content()));
    }

    private Map<String, Object> cells(SpendExport export) {
        SpendLedger ledger = new SpendLedger();
        export.mergeInto(ledger, new InitiativeIds(register.initiatives()));
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : ledger.initiativeIds()) {
            out.put(id, ledger.of(id));
        }
        return out;
    }
}
