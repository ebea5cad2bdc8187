package com.portfolioreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.testsupport.InputFolder;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One bad row per case, appended to a valid input directory: the row is rejected with the file,
 * the line it is on, its initiative_id, the exact reason and its raw text; nothing else is.
 */
class RowRejectionTest {

    private static final String REG = "initiatives.csv";
    private static final String TGT = "kpi_targets.csv";
    private static final String FX = "fx_rates.csv";
    private static final String SPEND = "spend/spend-2026-10.csv";
    private static final String KPI = "kpi/kpi-2026-10.csv";

    @TempDir
    Path dir;

    static Stream<Arguments> badRows() {
        String okTail = ",Name,BU,Owner,o@example.com,Use case,PILOT,2026-01-01,2026-12-31,1000,USD,6";
        return Stream.of(
            // file, line the appended row lands on, appended row, initiative id, reason
            Arguments.of(REG, 4, "AI 003" + okTail, "AI 003",
                    "bad initiative_id 'AI 003': use 1 to 40 characters of A-Z a-z 0-9 . _ -"),
            Arguments.of(REG, 4, "A23456789012345678901234567890123456789012" + okTail,
                    "A23456789012345678901234567890123456789012",
                    "bad initiative_id 'A23456789012345678901234567890123456789012': "
                            + "use 1 to 40 characters of A-Z a-z 0-9 . _ -"),
            Arguments.of(REG, 4, "AI-001" + okTail, "AI-001", "duplicate initiative_id 'AI-001' (first on line 2)"),
            Arguments.of(REG, 4, "AI-003,,BU,Owner,,Use case,PILOT,2026-01-01,2026-12-31,1000,USD,6", "AI-003",
                    "missing value in required column 'name'"),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,BETA,2026-01-01,2026-12-31,1000,USD,6", "AI-003",
                    "bad stage in column 'stage': \"BETA\" (POC, PILOT or PRODUCTION)"),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,PILOT,01.01.2026,2026-12-31,1000,USD,6", "AI-003",
                    "bad date in column 'start_date': \"01.01.2026\""),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,PILOT,2026-06-01,2026-05-31,1000,USD,6", "AI-003",
                    "planned_end_date 2026-05-31 is before start_date 2026-06-01"),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,PILOT,2026-01-01,2026-12-31,0.00,USD,6", "AI-003",
                    "approved_budget must be greater than 0: \"0.00\""),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,PILOT,2026-01-01,2026-12-31,\"12,3x\",USD,6", "AI-003",
                    "bad amount in column 'approved_budget': \"12,3x\""),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,PILOT,2026-01-01,2026-12-31,1000,ZZZ,6", "AI-003",
                    "bad currency code in column 'currency': \"ZZZ\""),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,PILOT,2026-01-01,2026-12-31,1000,USD,6.5", "AI-003",
                    "bad integer in column 'maturity_months': \"6.5\""),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,PILOT,2026-01-01,2026-12-31,1000,USD,0", "AI-003",
                    "maturity_months must be at least 1: \"0\""),
            Arguments.of(REG, 4, "AI-003,N,BU,Owner,,Use case,PILOT,2026-01-01,2026-12-31,1000,GBP,6", "AI-003",
                    "no FX rate for GBP in 2026-10"),

            Arguments.of(TGT, 4, "AI-999,MTTR,min,LOWER_IS_BETTER,10,5,1,1", "AI-999", "unknown initiative 'AI-999'"),
            Arguments.of(TGT, 4, "AI-001,mttr ,min,LOWER_IS_BETTER,10,5,1,1", "AI-001",
                    "duplicate kpi 'mttr' for initiative 'AI-001' (first on line 2)"),
            Arguments.of(TGT, 4, "AI-001,Uptime,%,UP,10,5,1,1", "AI-001",
                    "bad direction in column 'direction': \"UP\" (HIGHER_IS_BETTER or LOWER_IS_BETTER)"),
            Arguments.of(TGT, 4, "AI-001,Uptime,%,HIGHER_IS_BETTER,99.5,99.5,1,1", "AI-001",
                    "target must be above baseline for HIGHER_IS_BETTER"),
            Arguments.of(TGT, 4, "AI-001,Tickets,n,LOWER_IS_BETTER,100,120,1,1", "AI-001",
                    "target must be below baseline for LOWER_IS_BETTER"),
            Arguments.of(TGT, 4, "AI-001,Tickets,n,LOWER_IS_BETTER,n/a,120,1,1", "AI-001",
                    "bad number in column 'baseline': \"n/a\""),
            Arguments.of(TGT, 4, "AI-001,Tickets,n,LOWER_IS_BETTER,100,80,-5,1", "AI-001",
                    "value_per_unit must not be negative: \"-5\""),
            Arguments.of(TGT, 4, "AI-001,Tickets,n,LOWER_IS_BETTER,100,80,5,0", "AI-001",
                    "weight must be greater than 0: \"0\""),

            Arguments.of(SPEND, 6, "AI-999,2026-10,COMPUTE,1,1,USD", "AI-999", "unknown initiative 'AI-999'"),
            Arguments.of(SPEND, 6, ",2026-10,COMPUTE,1,1,USD", "", "missing value in required column 'initiative_id'"),
            Arguments.of(SPEND, 6, "AI-001,2026-13,COMPUTE,1,1,USD", "AI-001",
                    "bad month in column 'period': \"2026-13\""),
            Arguments.of(SPEND, 6, "AI-001,2026-10,,1,1,USD", "AI-001",
                    "missing value in required column 'cost_category'"),
            Arguments.of(SPEND, 6, "AI-001,2026-10,COMPUTE,1,\"12,3x\",USD", "AI-001",
                    "bad amount in column 'actual': \"12,3x\""),
            Arguments.of(SPEND, 6, "AI-001,2026-10,COMPUTE,1,1,", "AI-001",
                    "missing value in required column 'currency'"),
            Arguments.of(SPEND, 6, "AI-001,2026-10,COMPUTE,1,1,GBP", "AI-001", "no FX rate for GBP in 2026-10"),
            Arguments.of(SPEND, 6, "AI-001,2026-12,COMPUTE,1,,EUR", "AI-001", "no FX rate for EUR in 2026-12"), // a plan row

            Arguments.of(KPI, 4, "AI-999,2026-10,MTTR,50", "AI-999", "unknown initiative 'AI-999'"),
            Arguments.of(KPI, 4, "AI-001,2026-10,Uptime,50", "AI-001",
                    "kpi 'Uptime' is not defined for initiative 'AI-001' in kpi_targets.csv"),
            Arguments.of(KPI, 4, "AI-002,2026-10,MTTR,50", "AI-002",
                    "kpi 'MTTR' is not defined for initiative 'AI-002' in kpi_targets.csv"),
            Arguments.of(KPI, 4, "AI-001,2026-10,MTTR,", "AI-001", "missing value in required column 'actual'"),
            Arguments.of(KPI, 4, "AI-001,2026-10,MTTR,fast", "AI-001", "bad number in column 'actual': \"fast\""),
            // "today" is in November 2026: later actuals and values are typos, not a later review
            Arguments.of(SPEND, 6, "AI-001,2062-10,COMPUTE,0,100,USD", "AI-001", "actual dated in the future"),
            Arguments.of(SPEND, 6, "AI-002,Dec 2026,STAFF,,(5.00),EUR", "AI-002", "actual dated in the future"),
            Arguments.of(KPI, 4, "AI-001,2026-12,MTTR,80", "AI-001", "actual dated in the future"),

            Arguments.of(FX, 4, "2026-11,EUR,0", "", "rate must be greater than 0: \"0\""),
            Arguments.of(FX, 4, "2026-11,EURO,1.1", "", "bad currency code in column 'currency': \"EURO\""),
            Arguments.of(FX, 4, "Oct 2026,eur,1.09", "", "duplicate rate for EUR in 2026-10 (first on line 2)"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {4}")
    @MethodSource("badRows")
    void badRowIsRejectedWithFileLineIdReasonAndRaw(String file, long line, String row, String id, String reason)
            throws Exception {
        InputFolder input = InputFolder.valid(dir).append(file, row);

        PortfolioInputs inputs = read(input);

        assertThat(inputs.issues().list()).containsExactly(InputIssue.rejected(file, line, id, reason, row));
        assertThat(inputs.files()).filteredOn(f -> f.name().equals(file))
                .singleElement().satisfies(f -> assertThat(f.rejected()).isEqualTo(1));
    }

    /** Budget rows for later months are the plan (SPEC §1.2), and so is an actual of zero. */
    @Test
    void planRowsForLaterMonthsAreNotDatedInTheFuture() throws Exception {
        InputFolder input = InputFolder.valid(dir).append(SPEND, "AI-001,2027-01,COMPUTE,500,0.00,USD")
                .append(SPEND, "AI-001,2062-10,COMPUTE,500,,USD");

        PortfolioInputs inputs = read(input);

        assertThat(inputs.issues().list()).isEmpty();
        assertThat(inputs.spend().of("AI-001").get(YearMonth.of(2062, 10)).get("COMPUTE").budget())
                .isEqualByComparingTo("500");
    }

    /** Read as on 29 November 2026. */
    private static PortfolioInputs read(InputFolder input) throws InputUnusableException {
        return new PortfolioIngest("USD", 1.0, YearMonth.of(2026, 11), IngestListener.NONE)
                .read(input.dir(), YearMonth.of(2026, 10));
    }
}
