package com.portfolioreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.portfolioreview.portfolio.FxRate;
import com.portfolioreview.portfolio.Initiative;
import com.portfolioreview.portfolio.InputFile;
import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.KpiTarget;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.portfolio.SpendAmount;
import com.portfolioreview.portfolio.Stage;
import com.portfolioreview.testsupport.InputFolder;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioIngestTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);
    private static final YearMonth NOV = YearMonth.of(2026, 11);

    @TempDir
    Path dir;

    private PortfolioInputs read(InputFolder input) throws InputUnusableException {
        return new PortfolioIngest("USD", 0.02, IngestListener.NONE).read(input.dir(), OCT);
    }

    private static SpendAmount amount(String budget, String actual) {
        return new SpendAmount(new BigDecimal(budget), new BigDecimal(actual));
    }

    @Test
    void validInputsAreReadExactlyAndConvertedIntoTheReportingCurrency() throws Exception {
        PortfolioInputs in = read(InputFolder.valid(dir));

        assertThat(in.issues().list()).isEmpty();
        assertThat(in.period()).isEqualTo(OCT);
        assertThat(in.reportingCurrency()).isEqualTo("USD");
        assertThat(in.initiatives()).extracting(Initiative::id).containsExactly("AI-001", "AI-002");
        Initiative ai2 = in.initiatives().get(1);
        assertThat(ai2.stage()).isEqualTo(Stage.POC);
        assertThat(ai2.currency()).isEqualTo("EUR");
        assertThat(ai2.approvedBudgetOriginal()).isEqualByComparingTo("250000");
        // 250,000 EUR x 1.0825 (rate of the report period 2026-10) = 270,625
        assertThat(ai2.approvedBudget()).isEqualByComparingTo("270625.0000");
        assertThat(in.initiatives().get(0).approvedBudget()).isEqualByComparingTo("1200000.00");

        KpiTarget mttr = in.targets().get("AI-001").get(0);
        assertThat(mttr.weight()).isEqualByComparingTo("2");
        assertThat(mttr.valuePerUnit()).isEqualByComparingTo("150");
        KpiTarget failures = in.targets().get("AI-002").get(0);
        assertThat(failures.weight()).isEqualByComparingTo("1"); // empty weight defaults to 1
        // 1,000 EUR per unit x 1.0825 = 1,082.50 USD
        assertThat(failures.valuePerUnit()).isEqualByComparingTo("1082.5");

        // only the rate that converted something; the 2026-09 rate converted nothing
        assertThat(in.fxRatesUsed()).containsExactly(new FxRate(OCT, "EUR", new BigDecimal("1.0825")));
    }

    @Test
    void ledgerLinesAreSummedPerInitiativePeriodAndCategoryAndFuturePeriodsAreKept() throws Exception {
        PortfolioInputs in = read(InputFolder.valid(dir));

        // COMPUTE 2026-10: budget 10,000.00 + 0 = 10,000.00; actual 12,500.50 + (-500.50) = 12,000.00
        assertThat(in.spend().of("AI-001").get(OCT).get("COMPUTE")).satisfies(a -> {
            assertThat(a.budget()).isEqualByComparingTo("10000.00");
            assertThat(a.actual()).isEqualByComparingTo("12000.00");
        });
        // a 2026-11 row is next quarter's plan: kept
        assertThat(in.spend().of("AI-001").get(NOV).get("COMPUTE")).satisfies(a -> {
            assertThat(a.budget()).isEqualByComparingTo("11000");
            assertThat(a.actual()).isEqualByComparingTo("0");
        });
        // EUR at 1.0825: 1,000 -> 1,082.5; 1,234.56 -> 1,234.56 + 1,234.56 x 0.0825 (= 101.8512) = 1,336.4112
        SpendAmount staff = in.spend().of("AI-002").get(OCT).get("STAFF");
        assertThat(staff.budget()).isEqualByComparingTo("1082.5");
        assertThat(staff.actual()).isEqualTo(new BigDecimal("1336.411200"));
    }

    @Test
    void semicolonAndTabExportsWithEuropeanAmountsAreSummedExactly() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .write("spend/spend-eu.csv", "Initiative ID;Period;Cost Category;Budget;Actual;Currency;Comment\n"
                        + "AI-001;10/2026;data;\"1.234,56\";\"€ 1.000,01\";usd;x\n"
                        + "AI-001;October 2026;DATA;;(0,01);USD;credit\n")
                .write("spend/spend-tab.csv", "initiative_id\tperiod\tcost_category\tbudget\tactual\tcurrency\n"
                        + "AI-001\t2026/10\tdata\t0.44\t$1,000.00\tUSD\n");
        PortfolioInputs in = read(input);

        // budget 1,234.56 + 0 + 0.44 = 1,235.00; actual 1,000.01 - 0.01 + 1,000.00 = 2,000.00
        assertThat(in.spend().of("AI-001").get(OCT).get("DATA")).satisfies(a -> {
            assertThat(a.budget()).isEqualByComparingTo("1235.00");
            assertThat(a.actual()).isEqualByComparingTo("2000.00");
        });
    }

    @Test
    void fxConversionIsExact() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .write("spend/spend-2026-10.csv", "initiative_id,period,cost_category,budget,actual,currency\n"
                        + "AI-002,2026-10,VENDOR,,\"1,234.56\",EUR\n");
        PortfolioInputs in = read(input);

        // 1,234.56 x 1.0825 = 1,336.4112 (no rounding: 2 + 4 decimals kept)
        assertThat(in.spend().of("AI-002").get(OCT).get("VENDOR").actual()).isEqualTo(new BigDecimal("1336.411200"));
    }

    @Test
    void rowsNamingARejectedRegisterRowSaySo() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .append("initiatives.csv", "AI-003,N,BU,O,,U,BETA,2026-01-01,2026-12-31,1000,USD,6")
                .append("spend/spend-2026-10.csv", "AI-003,2026-10,COMPUTE,1,1,USD");
        PortfolioInputs in = new PortfolioIngest("USD", 1.0, IngestListener.NONE).read(input.dir(), OCT);

        assertThat(in.issues().list()).extracting(InputIssue::file, InputIssue::line, InputIssue::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("initiatives.csv", 4L,
                        "bad stage in column 'stage': \"BETA\" (POC, PILOT or PRODUCTION)"),
                org.assertj.core.groups.Tuple.tuple("spend/spend-2026-10.csv", 6L,
                        "unknown initiative 'AI-003' (its register row was rejected)"));
        assertThat(in.rejectedRowsOf("AI-003")).isEqualTo(2);
    }

    @Test
    void kpiRowsForARejectedTargetSaySo() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .append("kpi_targets.csv", "AI-001,Uptime,%,HIGHER_IS_BETTER,99,98,1,1")
                .append("kpi/kpi-2026-10.csv", "AI-001,2026-10,UPTIME,99.5");
        PortfolioInputs in = new PortfolioIngest("USD", 1.0, IngestListener.NONE).read(input.dir(), OCT);

        assertThat(in.issues().list()).extracting(InputIssue::reason).containsExactly(
                "target must be above baseline for HIGHER_IS_BETTER",
                "kpi 'UPTIME' is not defined for initiative 'AI-001' in kpi_targets.csv "
                        + "(its kpi_targets.csv row was rejected)");
    }

    @Test
    void badOwnerEmailIsAWarningAndTheInitiativeIsKept() throws Exception {
        String row = "AI-003,N,BU,O,bob@,U,PRODUCTION,2026-01-01,2026-12-31,1000,USD,6";
        PortfolioInputs in = read(InputFolder.valid(dir).append("initiatives.csv", row));

        assertThat(in.issues().list()).containsExactly(InputIssue.warning("initiatives.csv", 4, "AI-003",
                "bad email in column 'owner_email': \"bob@\" (left blank)", row));
        assertThat(in.initiatives()).filteredOn(i -> i.id().equals("AI-003")).singleElement()
                .satisfies(i -> assertThat(i.ownerEmail()).isEmpty());
    }

    @Test
    void multiLineQuotedFieldsKeepPhysicalLineNumbers() throws Exception {
        InputFolder input = InputFolder.valid(dir).write("initiatives.csv", InputFolder.REGISTER_HEADER + "\n"
                + "AI-001,\"Incident\nbot\",IT Ops,Ann,,\"Automated\r\nincident response\",PILOT,"
                + "2026-01-15,2027-06-30,1200000,USD,12\n"
                + "AI-002,Disk,Infra,Bob,,PM,POC,2026-03-01,2026-12-31,250000,USD,9\n"
                + "AI-003,Bad,Infra,Bob,,PM,POC,2026-03-01,2026-12-31,-1,USD,9\n");
        PortfolioInputs in = new PortfolioIngest("USD", 1.0, IngestListener.NONE).read(input.dir(), OCT);

        // header line 1, AI-001 lines 2-4, AI-002 line 5, AI-003 line 6
        assertThat(in.issues().list()).singleElement().satisfies(i -> {
            assertThat(i.line()).isEqualTo(6);
            assertThat(i.raw()).isEqualTo("AI-003,Bad,Infra,Bob,,PM,POC,2026-03-01,2026-12-31,-1,USD,9");
        });
        assertThat(in.initiatives().get(0).name()).isEqualTo("Incident\nbot");
    }

    @Test
    void lastKpiValueWinsAndTheRestatingRowGetsAWarningNamingTheEarlierValueAndWhereItWasRead() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .append("kpi/kpi-2026-10.csv", "AI-001,2026-10-31,MTTR,93")
                .write("kpi/kpi-2026-10b.csv", "initiative_id,period,kpi,actual\nAI-001,Oct 2026,Mttr,90\n");
        PortfolioInputs in = read(input);

        assertThat(in.kpis().of("AI-001").get("mttr").get(OCT)).isEqualByComparingTo("90");
        assertThat(in.issues().list()).containsExactly(
                InputIssue.warning("kpi/kpi-2026-10.csv", 4, "AI-001", "kpi 'MTTR' of initiative 'AI-001' for 2026-10 "
                        + "restated: 95 (line 2) replaced by 93", "AI-001,2026-10-31,MTTR,93"),
                InputIssue.warning("kpi/kpi-2026-10b.csv", 2, "AI-001", "kpi 'MTTR' of initiative 'AI-001' for 2026-10 "
                        + "restated: 93 (kpi/kpi-2026-10.csv line 4) replaced by 90", "AI-001,Oct 2026,Mttr,90"));
    }

    /**
     * SPEC §1.1: monitoring tools export their whole history every month, so a repeat with the
     * same value is silent, in the same file or a later one, on the plain path and the general
     * path alike (95, 95.0 and "95" are one value); only a different value is a restatement.
     */
    @Test
    void aRepeatWithTheSameValueIsSilentAndOnlyARestatementGetsAWarning() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .append("kpi/kpi-2026-10.csv", "AI-001,2026-10,mttr,95")          // line 4: plain path, same
                .append("kpi/kpi-2026-10.csv", "AI-001,Oct 2026,MTTR,95.0")       // line 5: general path, same
                .write("kpi/kpi-history.csv", "initiative_id,period,kpi,actual\n"
                        + "AI-001,2026-10,mttr,\"95\"\n"                             // line 2: quoted, same
                        + "AI-002,2026-10,failures avoided,4\n"                    // line 3: same as kpi-2026-10.csv
                        + "AI-001,2026-10,mttr,91\n");                              // line 4: restated
        PortfolioInputs in = read(input);

        assertThat(in.kpis().of("AI-001").get("mttr").get(OCT)).isEqualByComparingTo("91");
        // 91 restates both earlier records of 95: the one of its own file and the one it replaces in the portfolio
        assertThat(in.issues().list()).containsExactly(
                InputIssue.warning("kpi/kpi-history.csv", 4, "AI-001", "kpi 'MTTR' of initiative 'AI-001' for 2026-10 "
                        + "restated: 95 (line 2) replaced by 91", "AI-001,2026-10,mttr,91"),
                InputIssue.warning("kpi/kpi-history.csv", 4, "AI-001", "kpi 'MTTR' of initiative 'AI-001' for 2026-10 "
                        + "restated: 95.0 (kpi/kpi-2026-10.csv line 5) replaced by 91", "AI-001,2026-10,mttr,91"));
    }

    @Test
    void aByteIdenticalSpendFileIsSkippedWithAWarningAndSpendIsNotDoubled() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .write("spend/spend-2026-10-copy.csv", InputFolder.SPEND)
                .write("kpi/kpi-again.csv", InputFolder.KPI); // sorts after kpi-2026-10.csv (2 < a)
        PortfolioInputs in = read(input);

        assertThat(in.spend().of("AI-001").get(OCT).get("COMPUTE").actual()).isEqualByComparingTo("12000.00");
        assertThat(in.issues().list()).containsExactly(
                InputIssue.warning("spend/spend-2026-10.csv", 0, "",
                        "byte-identical to spend/spend-2026-10-copy.csv read before: skipped", ""),
                InputIssue.warning("kpi/kpi-again.csv", 0, "",
                        "byte-identical to kpi/kpi-2026-10.csv read before: skipped", ""));
        assertThat(in.files()).extracting(InputFile::name, InputFile::skippedAsDuplicate, InputFile::dataRows)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("fx_rates.csv", false, 2L),
                        org.assertj.core.groups.Tuple.tuple("initiatives.csv", false, 2L),
                        org.assertj.core.groups.Tuple.tuple("kpi_targets.csv", false, 2L),
                        org.assertj.core.groups.Tuple.tuple("spend/spend-2026-10-copy.csv", false, 4L),
                        org.assertj.core.groups.Tuple.tuple("spend/spend-2026-10.csv", true, 0L),
                        org.assertj.core.groups.Tuple.tuple("kpi/kpi-2026-10.csv", false, 2L),
                        org.assertj.core.groups.Tuple.tuple("kpi/kpi-again.csv", true, 0L));
    }

    @Test
    void hiddenAndNonCsvFilesAreIgnoredAndCsvExtensionIsCaseInsensitive() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .write("spend/.~lock.spend.csv", "garbage")
                .write("spend/readme.txt", "garbage")
                .write("spend/Z-EXTRA.CSV", "initiative_id,period,cost_category,budget,actual,currency\n"
                        + "AI-001,2026-10,OTHER,,5,USD\n");
        PortfolioInputs in = read(input);

        assertThat(in.files()).extracting(InputFile::name)
                .contains("spend/Z-EXTRA.CSV").doesNotContain("spend/.~lock.spend.csv", "spend/readme.txt");
        assertThat(in.spend().of("AI-001").get(OCT).get("OTHER").actual()).isEqualByComparingTo("5");
    }

    @Test
    void summaryRowsAreRejectedButDoNotCountAgainstTheRejectLimit() throws Exception {
        StringBuilder spend = new StringBuilder("initiative_id,period,cost_category,budget,actual,currency\n");
        for (int i = 0; i < 49; i++) {
            spend.append("AI-001,2026-10,COMPUTE,1,1,USD\n");
        }
        spend.append("AI-999,2026-10,COMPUTE,1,1,USD\n");        // line 51: rejected
        spend.append(",,Grand TOTAL,49,49,\n");                   // line 52: summary row
        InputFolder input = InputFolder.valid(dir).write("spend/spend-2026-10.csv", spend.toString());

        // 1 rejected of 50 countable rows = 2.0%: not more than 2%, so usable
        PortfolioInputs in = read(input);
        assertThat(in.issues().list()).containsExactly(
                InputIssue.rejected("spend/spend-2026-10.csv", 51, "AI-999", "unknown initiative 'AI-999'",
                        "AI-999,2026-10,COMPUTE,1,1,USD"),
                new InputIssue(InputIssue.Kind.REJECTED, "spend/spend-2026-10.csv", 52, "", "summary row",
                        ",,Grand TOTAL,49,49,", false));
        assertThat(in.files()).filteredOn(f -> f.name().startsWith("spend/")).singleElement()
                .satisfies(f -> {
                    assertThat(f.dataRows()).isEqualTo(51);
                    assertThat(f.rejected()).isEqualTo(2);
                });

        // one more bad row: 2 of 51 countable = 3.9% > 2.0%
        input.append("spend/spend-2026-10.csv", "AI-998,2026-10,COMPUTE,1,1,USD");
        assertThatThrownBy(() -> read(input)).isInstanceOfSatisfying(InputUnusableException.class,
                e -> assertThat(e.reasons()).containsExactly(
                        "spend/spend-2026-10.csv: 2 of 51 data rows rejected (3.9% > 2.0%)"));
    }

    @Test
    void everyUnusableReasonIsCollectedBeforeThrowing() {
        InputFolder input = InputFolder.valid(dir)
                .write("kpi_targets.csv", "initiative_id,kpi,unit,baseline,target,value_per_unit\n")
                .delete("spend/spend-2026-10.csv")
                .write("spend/notes.txt", "not an export")
                .delete("kpi/kpi-2026-10.csv")
                .write("fx_rates.csv", "period,currency,rate,rate\n");
        try {
            Files.delete(input.dir().resolve("kpi"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThatThrownBy(() -> read(input)).isInstanceOfSatisfying(InputUnusableException.class, e -> {
            assertThat(e.reasons()).containsExactly(
                    "fx_rates.csv: column 'rate' appears more than once in the header",
                    // follows from the unusable fx_rates.csv: AI-002's EUR budget has no rate
                    "initiatives.csv: 1 of 2 data rows rejected (50.0% > 2.0%)",
                    "kpi_targets.csv: missing required column 'direction'",
                    "spend/: no .csv file",
                    "kpi/: required directory is missing");
            assertThat(e.getMessage()).isEqualTo(String.join("; ", e.reasons()));
        });
    }

    @Test
    void missingRegisterIsUnusableAndDoesNotDrownInUnknownInitiativeRatios() {
        InputFolder input = InputFolder.valid(dir).delete("initiatives.csv");

        assertThatThrownBy(() -> read(input)).isInstanceOfSatisfying(InputUnusableException.class,
                e -> assertThat(e.reasons()).containsExactly("initiatives.csv: required file is missing"));
    }

    @Test
    void registerWithoutAValidRowIsUnusable() {
        InputFolder input = InputFolder.valid(dir).write("initiatives.csv", InputFolder.REGISTER_HEADER + "\n"
                + "AI-001,N,BU,O,,U,PILOT,2026-01-01,2026-12-31,0,USD,6\n");

        assertThatThrownBy(() -> read(input)).isInstanceOfSatisfying(InputUnusableException.class,
                e -> assertThat(e.reasons()).containsExactly(
                        "initiatives.csv: 1 of 1 data rows rejected (100.0% > 2.0%)",
                        "initiatives.csv: no valid row (all 1 data rows rejected)"));
    }

    @Test
    void requiredFilesWithoutDataRowsAreUnusableAndAnEmptySpendExportIsOnlyAWarning() {
        InputFolder input = InputFolder.valid(dir)
                .write("initiatives.csv", InputFolder.REGISTER_HEADER + "\n\n")
                .write("kpi_targets.csv", "")
                .write("spend/spend-2026-11.csv", "initiative_id,period,cost_category,budget,actual,currency\n");

        assertThatThrownBy(() -> read(input)).isInstanceOfSatisfying(InputUnusableException.class,
                e -> assertThat(e.reasons()).containsExactly(
                        "initiatives.csv: no data row",
                        "kpi_targets.csv: no data row"));

        InputFolder onlyEmptySpend = InputFolder.valid(dir).write("spend/spend-2026-10.csv",
                "initiative_id,period,cost_category,budget,actual,currency\n");
        assertThatThrownBy(() -> read(onlyEmptySpend)).isInstanceOfSatisfying(InputUnusableException.class,
                e -> assertThat(e.reasons()).containsExactly("spend/: no data row in any .csv file"));
    }

    @Test
    void anEmptySpendExportBesideOthersIsAWarning() throws Exception {
        InputFolder input = InputFolder.valid(dir)
                .write("spend/spend-2026-11.csv", "initiative_id,period,cost_category,budget,actual,currency\n");
        assertThat(read(input).issues().list()).containsExactly(
                InputIssue.warning("spend/spend-2026-11.csv", 0, "", "no data row", ""));
    }

    @Test
    void aBrokenCsvStructureIsAFileError() {
        InputFolder input = InputFolder.valid(dir).append("spend/spend-2026-10.csv", "AI-001,2026-10,\"COMPUTE,1,1,USD");

        assertThatThrownBy(() -> read(input)).isInstanceOfSatisfying(InputUnusableException.class,
                e -> assertThat(e.reasons()).singleElement().asString()
                        .startsWith("spend/spend-2026-10.csv: malformed CSV"));
    }

    @Test
    void windows1252ExportIsReadWithAWarningNamingTheFile() throws Exception {
        ByteArrayOutputStream register = new ByteArrayOutputStream();
        register.writeBytes(InputFolder.REGISTER.getBytes(StandardCharsets.US_ASCII));
        register.writeBytes("AI-003,Caf".getBytes(StandardCharsets.US_ASCII));
        register.write(0xE9); // 'é' in windows-1252, invalid alone in UTF-8
        register.writeBytes(",BU,O,,U,PILOT,2026-01-01,2026-12-31,1000,USD,6\n".getBytes(StandardCharsets.US_ASCII));
        PortfolioInputs in = read(InputFolder.valid(dir).write("initiatives.csv", register.toByteArray()));

        assertThat(in.issues().list()).containsExactly(
                InputIssue.warning("initiatives.csv", 0, "", "not valid UTF-8: read as windows-1252", ""));
        assertThat(in.initiatives().get(2).name()).isEqualTo("Caf\u00e9");
        assertThat(in.files()).filteredOn(f -> f.name().equals("initiatives.csv")).singleElement()
                .satisfies(f -> assertThat(f.encoding()).isEqualTo("windows-1252"));
    }

    @Test
    void inputFilesDescribeWhatWasRead() throws Exception {
        PortfolioInputs in = read(InputFolder.valid(dir));

        assertThat(in.files()).extracting(InputFile::name).containsExactly("fx_rates.csv", "initiatives.csv",
                "kpi_targets.csv", "spend/spend-2026-10.csv", "kpi/kpi-2026-10.csv");
        assertThat(in.files()).allSatisfy(f -> {
            assertThat(f.encoding()).isEqualTo("UTF-8");
            assertThat(f.sha256()).hasSize(64);
            assertThat(f.rejected()).isZero();
            assertThat(f.skippedAsDuplicate()).isFalse();
        });
        assertThat(in.files().get(3).dataRows()).isEqualTo(4);
    }

    @Test
    void listenerHearsEveryFile() throws Exception {
        List<String> heard = new ArrayList<>();
        new PortfolioIngest("USD", 0.02, new IngestListener() {
            @Override
            public void fileRead(InputFile file, Duration elapsed) {
                heard.add(file.name());
                assertThat(elapsed.isNegative()).isFalse();
            }

            @Override
            public void rowsRead(String file, long rowsSoFar) {
                heard.add(file + "@" + rowsSoFar);
            }
        }).read(InputFolder.valid(dir).dir(), OCT);

        assertThat(heard).hasSize(5);
    }

    @Test
    void rowsReadIsReportedEveryMillionDataRows() {
        List<Long> heard = new ArrayList<>();
        FileTally tally = new FileTally("spend/big.csv", new IngestListener() {
            @Override
            public void fileRead(InputFile file, Duration elapsed) {
            }

            @Override
            public void rowsRead(String file, long rowsSoFar) {
                heard.add(rowsSoFar);
            }
        });
        for (int i = 0; i < 2_500_000; i++) {
            tally.dataRow();
        }
        assertThat(heard).containsExactly(1_000_000L, 2_000_000L);
    }

    @Test
    void inputsAreByteIdenticalAndUntouchedAfterReading() throws Exception {
        InputFolder input = InputFolder.valid(dir).append("spend/spend-2026-10.csv", "AI-999,2026-10,X,1,1,USD");
        Map<Path, byte[]> before = new HashMap<>();
        Map<Path, FileTime> modified = new HashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                before.put(p, Files.readAllBytes(p));
                modified.put(p, Files.getLastModifiedTime(p));
            }
        }

        new PortfolioIngest("USD", 1.0, IngestListener.NONE).read(input.dir(), OCT);

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).toList()).containsExactlyInAnyOrderElementsOf(before.keySet());
        }
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
            assertThat(Files.getLastModifiedTime(e.getKey())).isEqualTo(modified.get(e.getKey()));
        }
    }

    @Test
    void reportingCurrencyRowsInFxRatesAreIgnored() throws Exception {
        InputFolder input = InputFolder.valid(dir).append("fx_rates.csv", "2026-10,USD,1")
                .append("fx_rates.csv", "2026-11,usd,0.9");
        PortfolioInputs in = read(input);

        assertThat(in.issues().list()).containsExactly(InputIssue.warning("fx_rates.csv", 5, "",
                "rate for the reporting currency USD is always 1: row ignored", "2026-11,usd,0.9"));
        assertThat(in.fxRatesUsed()).extracting(FxRate::currency).containsOnly("EUR");
    }
}
