package com.portfolioreview.report.workbook;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The look of the workbook (SPEC §3.2), read once from {@code templates/portfolio-review.xlsx}:
 * the seven sheets with their styled header rows and column widths, the Summary title, and
 * the named styles of the hidden {@value TemplateStyles#SHEET} sheet.
 *
 * <p>The file is read into memory once and checked; every workbook is then written over a
 * fresh copy of those bytes, so a template edited during a run cannot mix two looks. It is
 * opened with POI's zip-bomb protections ({@code ZipSecureFile}) at their defaults.
 */
public final class WorkbookTemplate {

    /**
     * The sheets of SPEC §3.1 a template must have, in order, names exact. The Changes sheet
     * (second) came later: a template without it gets a plain one ({@link #withChangesSheet}).
     */
    public static final List<String> SHEETS = List.of(
            "Summary", "Initiatives", "Monthly Spend", "KPIs", "Data Quality", "History", "Assumptions");
    static final String CHANGES = "Changes";
    /** The sheets of every workbook written, in order. */
    public static final List<String> OUTPUT_SHEETS = List.of(
            "Summary", CHANGES, "Initiatives", "Monthly Spend", "KPIs", "Data Quality", "History", "Assumptions");

    /** A template is a few kilobytes; anything this large is not one. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Path file;
    private final byte[] bytes;

    private WorkbookTemplate(Path file, byte[] bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /**
     * Opens and checks the template.
     *
     * @throws TemplateUnusableException (message names the file and why) when it is missing,
     *                                   unreadable, not an .xlsx workbook, or lacks a sheet or style
     */
    public static WorkbookTemplate load(Path templateFile) throws TemplateUnusableException {
        Path file = templateFile.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            throw new TemplateUnusableException("Workbook template " + file + " is unusable: the file does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new TemplateUnusableException("Workbook template " + file + " is unusable: it is not a readable file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new TemplateUnusableException("Workbook template " + file + " is unusable: it is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TemplateUnusableException("Workbook template " + file + " is unusable: " + e.getMessage(), e);
        }
        WorkbookTemplate template = new WorkbookTemplate(file, bytes);
        try (XSSFWorkbook workbook = template.open()) {
            for (String name : SHEETS) {
                if (workbook.getSheet(name) == null) {
                    throw new TemplateUnusableException("Workbook template " + file + " is unusable: it has no sheet named '"
                            + name + "'");
                }
            }
            TemplateStyles.read(workbook, "USD");
        } catch (TemplateUnusableException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new TemplateUnusableException("Workbook template " + file + " is unusable: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        return template;
    }

    /** The file the template was read from (absolute). */
    public Path file() {
        return file;
    }

    /** A fresh, independent copy of the template workbook, with a Changes sheet second. */
    XSSFWorkbook open() throws IOException {
        return withChangesSheet(new XSSFWorkbook(new ByteArrayInputStream(bytes)));
    }

    /** A template made before the Changes sheet existed gets an empty one after the Summary. */
    private static XSSFWorkbook withChangesSheet(XSSFWorkbook workbook) {
        if (workbook.getSheet(CHANGES) == null) {
            workbook.createSheet(CHANGES);
            workbook.setSheetOrder(CHANGES, 1);
        }
        return workbook;
    }

    /** The row index below which the writer may add rows to {@code sheet} (its template rows end there). */
    static int firstFreeRow(XSSFSheet sheet) {
        return sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1;
    }
}
