package com.portfolioreview.ingest;

import com.portfolioreview.portfolio.InputIssue;
import com.portfolioreview.portfolio.PortfolioInputs;
import com.portfolioreview.testsupport.InputFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §1.2: an export whose last line has no line break (still being copied) is read, and a
 * warning names it: a value cut from 28.9 to 2 must not pass unseen. Both reading paths: a
 * plain file (byte scan) and one the byte scan hands to Commons CSV (windows-1252).
 */
class UnterminatedExportTest {

    private static final String KPI = "kpi/kpi-2026-10.csv";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "windows-1252"})
    void aFileCutMidValueIsReadWithAWarningNamingIt(String encoding) throws Exception {
        String text = "initiative_id,period,kpi,actual\nAI-001,2026-10,mttr,95\n"
                + (encoding.equals("UTF-8") ? "" : "AI-002,2026-09,Failures avoided,3 \u00e9\n") // é only in cp1252
                + "AI-002,Oct 2026,FAILURES AVOIDED,2";                                        // was 28.9, cut
        InputFolder input = InputFolder.valid(dir);
        java.nio.file.Files.write(input.dir().resolve(KPI), text.getBytes(java.nio.charset.Charset.forName(encoding)));

        PortfolioInputs inputs = new PortfolioIngest("USD", 1.0, IngestListener.NONE).read(input.dir(), YearMonth.of(2026, 10));

        assertThat(inputs.issues().list()).filteredOn(i -> !i.isRejected()).extracting(InputIssue::file, InputIssue::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(KPI, "the last line has no line break: the file may have"
                        + " been read while it was still being copied; check its last row against the source"));
        assertThat(inputs.kpis().of("AI-002").get("failures avoided").get(YearMonth.of(2026, 10)))
                .isEqualByComparingTo("2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void aFileEndingWithALineBreakGetsNoSuchWarning(String end) throws Exception {
        InputFolder input = InputFolder.valid(dir);
        java.nio.file.Files.writeString(input.dir().resolve(KPI),
                "initiative_id,period,kpi,actual\nAI-001,2026-10,mttr,95" + end);
        PortfolioInputs inputs = new PortfolioIngest("USD", 1.0, IngestListener.NONE).read(input.dir(), YearMonth.of(2026, 10));
        assertThat(inputs.issues().list()).extracting(InputIssue::reason).noneMatch(r -> r.contains("no line break"));
    }
}
