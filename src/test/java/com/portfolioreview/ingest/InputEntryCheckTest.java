package com.portfolioreview.ingest;

import com.portfolioreview.ingest.csv.ExportFile;

import com.portfolioreview.testsupport.InputFolder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §1.3: an entry named like an input that cannot be read as a file is named, by the check
 * the runner makes before choosing the period and by the ingestion itself; a UTF-16 file gets
 * one reason that says how to save it, on both readings of an export.
 */
class InputEntryCheckTest {

    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @TempDir
    Path dir;

    @Test
    void aValidInputDirectoryHasNoProblem() throws Exception {
        InputFolder.valid(dir).write("spend/.hidden.csv", "x").write("spend/notes.txt", "x");
        Files.createDirectories(dir.resolve("kpi/archive"));
        assertThat(InputEntryCheck.problems(dir)).isEmpty();
        assertThat(InputEntryCheck.problems(dir.resolve("no-such-directory"))).isEmpty();
    }

    @Test
    void everyEntryThatIsNotAReadableFileIsNamedInFileOrder() throws Exception {
        InputFolder.valid(dir);
        Files.createSymbolicLink(dir.resolve("kpi/kpi-2026-11.csv"), dir.resolve("share/kpi-2026-11.csv"));
        Files.createDirectories(dir.resolve("spend/x.csv"));
        Files.createSymbolicLink(dir.resolve("spend/null.CSV"), Path.of("/dev/null"));
        Files.delete(dir.resolve("fx_rates.csv"));
        Files.createSymbolicLink(dir.resolve("fx_rates.csv"), Path.of("/mnt/finance/fx_rates.csv"));

        assertThat(InputEntryCheck.problems(dir)).containsExactly(
                "fx_rates.csv: a link to /mnt/finance/fx_rates.csv, which does not exist (a share not mounted?);"
                        + " make the target available or replace the link with the file",
                "spend/null.CSV: a character device, not a file; put the exported file itself in its place",
                "spend/x.csv: a directory, not a file; move it out of spend/ or rename it so that its name does not"
                        + " end in .csv",
                "kpi/kpi-2026-11.csv: a link to " + dir.resolve("share/kpi-2026-11.csv") + ", which does not exist"
                        + " (a share not mounted?); make the target available or replace the link with the file");
    }

    @Test
    void cloudExportsAndTheAllocationFileAreCheckedLikeTheOtherInputs() throws Exception {
        InputFolder.valid(dir).write("cloud/bill.csv.gz", "x").write("cloud/notes.txt", "x");
        Files.createDirectories(dir.resolve("cloud/2026-10.csv.gz"));
        Files.createSymbolicLink(dir.resolve("cloud_allocation.csv"), dir.resolve("share/cloud_allocation.csv"));

        assertThat(InputEntryCheck.problems(dir)).containsExactly(
                "cloud_allocation.csv: a link to " + dir.resolve("share/cloud_allocation.csv") + ", which does not"
                        + " exist (a share not mounted?); make the target available or replace the link with the file",
                "cloud/2026-10.csv.gz: a directory, not a file; move it out of cloud/ or rename it so that its name"
                        + " does not end in .csv.gz");
    }

    @Test
    void theIngestionNamesThemTooInsteadOfSkippingThem() throws Exception {
        InputFolder.valid(dir);
        Files.delete(dir.resolve("initiatives.csv"));
        Files.createSymbolicLink(dir.resolve("initiatives.csv"), dir.resolve("gone.csv"));
        Files.createSymbolicLink(dir.resolve("kpi/kpi-2026-11.csv"), dir.resolve("share/kpi-2026-11.csv"));

        assertThatThrownBy(() -> new PortfolioIngest("USD", 0.02, IngestListener.NONE).read(dir, OCT))
                .isInstanceOfSatisfying(InputUnusableException.class, e -> assertThat(e.reasons())
                        .anyMatch(r -> r.startsWith("initiatives.csv: a link to " + dir.resolve("gone.csv")))
                        .anyMatch(r -> r.startsWith("kpi/kpi-2026-11.csv: a link to "))
                        .noneMatch(r -> r.contains("required file is missing")));
    }

    @Test
    void aUtf16FileIsOneReasonThatSaysHowToSaveItOnBothReadings() throws Exception {
        InputFolder.valid(dir);
        byte[] unicodeText = ("\uFEFF" + InputFolder.KPI.replace(',', '\t')).getBytes(StandardCharsets.UTF_16LE);
        Path kpi = dir.resolve("kpi/kpi-2026-10.csv");
        Files.write(kpi, unicodeText);
        String reason = "kpi/kpi-2026-10.csv: saved as UTF-16 (Excel \"Unicode Text\"); save it as \"CSV UTF-8\""
                + " (Excel: File > Save As > CSV UTF-8 (Comma delimited)) and put it back";

        assertThat(InputEntryCheck.problems(dir)).containsExactly(reason);
        assertThatThrownBy(() -> new PortfolioIngest("USD", 0.02, IngestListener.NONE).read(dir, OCT))
                .isInstanceOfSatisfying(InputUnusableException.class,
                        e -> assertThat(e.reasons()).containsExactly(reason));
        FileTally slow = ExportScan.scan(ExportFile.inspect(dir, kpi), KpiExportReader.REQUIRED, java.util.List.of(),
                IngestListener.NONE, (row, tally) -> { });
        assertThat(slow.fileErrors()).containsExactly(reason);
    }

    @Test
    void utf16IsRecognisedWithAByteOrderMarkOrByItsZeroBytes() {
        byte[] le = "id".getBytes(StandardCharsets.UTF_16LE);
        byte[] be = "id".getBytes(StandardCharsets.UTF_16BE);
        assertThat(ExportFile.isUtf16(new byte[] {(byte) 0xFF, (byte) 0xFE}, 2)).isTrue();
        assertThat(ExportFile.isUtf16(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'i'}, 4)).isTrue();
        assertThat(ExportFile.isUtf16(le, le.length)).isTrue();
        assertThat(ExportFile.isUtf16(be, be.length)).isTrue();
        assertThat(ExportFile.isUtf16(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i'}, 4)).isFalse();
        assertThat(ExportFile.isUtf16("id,x".getBytes(StandardCharsets.UTF_8), 4)).isFalse();
        assertThat(ExportFile.isUtf16(new byte[] {'i'}, 1)).isFalse();
    }
}
