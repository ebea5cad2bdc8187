package com.portfolioreview.report.workbook;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SXSSF workbook over the template that the streamed sheets are written into. Two things
 * differ from a plain {@link SXSSFWorkbook}:
 * <ul>
 * <li>each sheet's rows go to a {@link TableSheetWriter}, which {@link StreamedTable} fills with
 * row XML it serialises itself (no row or cell objects; see README "Performance"), so the
 * workbook keeps every SXSSF duty (temp files, injecting the rows into the template's sheet
 * XML, the zip) while a million rows cost a fraction of the time;</li>
 * <li>the .xlsx zip is deflated at a chosen level: POI's default (6) is most of the writing time
 * on millions of rows, level 1 writes several times faster for a somewhat larger file.</li>
 * </ul>
 * SXSSF's own sheet dimension is off: it counts only rows made through SXSSF, so
 * {@link StreamedTable} sets each sheet's dimension itself.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    private final int level;
    /** Every writer, in the order SXSSF asked for them (filled while the super constructor runs). */
    private List<TableSheetWriter> created;
    private final Map<SXSSFSheet, TableSheetWriter> writers = new IdentityHashMap<>();
    private final Map<String, Integer> sharedStrings = new HashMap<>();

    StreamingWorkbook(XSSFWorkbook template, int rowsInMemory, int level) {
        super(template, rowsInMemory);
        this.level = level;
        setShouldCalculateSheetDimensions(false);
        // SXSSF makes one sheet, and so one writer, per template sheet, in the template's order
        int sheets = getNumberOfSheets();
        if (created == null || created.size() != sheets) {
            throw new IllegalStateException("SXSSF made " + (created == null ? 0 : created.size())
                    + " sheet writers for " + sheets + " template sheets");
        }
        for (int i = 0; i < sheets; i++) {
            writers.put(getSheetAt(i), created.get(i));
        }
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        TableSheetWriter writer = new TableSheetWriter();
        if (created == null) {
            created = new ArrayList<>();
        }
        created.add(writer);
        return writer;
    }

    @Override
    public SXSSFSheet createSheet(String sheetname) {
        int before = created.size();
        SXSSFSheet sheet = super.createSheet(sheetname);
        if (created.size() != before + 1) {
            throw new IllegalStateException("SXSSF made no sheet writer for " + sheetname);
        }
        writers.put(sheet, created.get(before));
        return sheet;
    }

    /**
     * The index of {@code text} in the workbook's shared strings, added on first use. For the
     * short texts that repeat on thousands of rows (initiative ids, periods, categories, KPI
     * names): a cell then holds a number instead of the text. The table's {@code count}
     * attribute counts distinct additions, not every cell that refers to one (it is informative;
     * Excel and LibreOffice read the table by {@code uniqueCount} and position).
     */
    int sharedString(String text) {
        Integer index = sharedStrings.get(text);
        if (index == null) {
            index = getXSSFWorkbook().getSharedStringSource().addSharedStringItem(new XSSFRichTextString(text));
            sharedStrings.put(text, index);
        }
        return index;
    }

    /** The writer of {@code sheet}'s rows. */
    TableSheetWriter writerOf(SXSSFSheet sheet) {
        TableSheetWriter writer = writers.get(sheet);
        if (writer == null) {
            throw new IllegalArgumentException("not a sheet of this workbook: " + sheet.getSheetName());
        }
        return writer;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(level);
        return zip;
    }
}
