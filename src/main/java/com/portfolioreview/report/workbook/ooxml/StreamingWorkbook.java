package com.portfolioreview.report.workbook.ooxml;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SXSSF workbook over the template that the streamed sheets are written into. Two things
 * differ from a plain {@link SXSSFWorkbook}:
 * <ul>
 * <li>each sheet's rows go to a {@link TableSheetWriter}, which {@link SheetRows} fills with
 * row XML it serialises itself (no row or cell objects; see docs/performance.md), so the
 * workbook keeps every SXSSF duty (temp files, injecting the rows into the template's sheet
 * XML, the zip) while a million rows cost a fraction of the time;</li>
 * <li>the .xlsx zip is deflated at a chosen level: POI's default (6) is most of the writing time
 * on millions of rows, level 1 writes several times faster for a somewhat larger file.</li>
 * </ul>
 * SXSSF's own sheet dimension is off: it counts only rows made through SXSSF, so
 * the table written through {@link SheetRows} sets each sheet's dimension itself.
 * <p>
 * The texts the streamed tables share (labels and header titles, {@link #sharedString}) are
 * kept here, numbered after the strings POI's shared-strings table holds when this workbook is
 * made (the template's, the Summary's), and written after them into the shared-strings part
 * when the workbook is written: POI's table builds and serialises an XmlBeans object for each
 * string added (its cost at 10 M rows is in docs/performance.md).
 * Nothing may add to POI's table after that; writing checks it.
 */
public final class StreamingWorkbook extends SXSSFWorkbook {

    private final int level;
    /** Every writer, in the order SXSSF asked for them (filled while the super constructor runs). */
    private List<TableSheetWriter> created;
    private final Map<SXSSFSheet, TableSheetWriter> writers = new IdentityHashMap<>();
    /** The size of POI's shared-strings table when this workbook was made: the first index of ours. */
    private final int firstSharedString;
    private final Map<String, Integer> sharedStrings = new HashMap<>();
    private final List<String> sharedStringTexts = new ArrayList<>();

    public StreamingWorkbook(XSSFWorkbook template, int rowsInMemory, int level) {
        super(template, rowsInMemory);
        this.level = level;
        this.firstSharedString = template.getSharedStringSource().getSharedStringItems().size();
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
    public int sharedString(String text) {
        Integer index = sharedStrings.get(text);
        if (index == null) {
            index = firstSharedString + sharedStringTexts.size();
            sharedStringTexts.add(text);
            sharedStrings.put(text, index);
        }
        return index;
    }

    /**
     * Makes a cell of the template (a table's header) show {@code text} from these shared
     * strings, its style kept. (Not read back through POI before writing: POI's own table does
     * not have it.)
     */
    public void sharedStringCell(XSSFCell cell, String text) {
        CTCell ct = cell.getCTCell();
        if (ct.isSetF()) {
            ct.unsetF();
        }
        if (ct.isSetIs()) {
            ct.unsetIs();
        }
        ct.setT(STCellType.S);
        ct.setV(Integer.toString(sharedString(text)));
    }

    /** The shared-strings part as POI wrote it, with these shared strings added after its own. */
    private byte[] withSharedStrings(byte[] written) {
        SharedStringsTable poi = getXSSFWorkbook().getSharedStringSource();
        int poiStrings = poi.getSharedStringItems().size();
        if (poiStrings != firstSharedString) {
            throw new IllegalStateException("POI's shared strings went from " + firstSharedString + " to "
                    + poiStrings + " after the workbook was made: their indexes collide with the tables' labels");
        }
        return spliced(new String(written, StandardCharsets.UTF_8), poi.getCount() + sharedStringTexts.size(),
                firstSharedString + sharedStringTexts.size(), sharedStringTexts);
    }

    /**
     * A shared-strings part ({@code <sst>}, empty or not, with or without a namespace prefix) with
     * {@code texts} added after its own items as plain items, and its counts set.
     */
    static byte[] spliced(String xml, int count, int uniqueCount, List<String> texts) {
        Matcher root = SST_START.matcher(xml);
        if (!root.find()) {
            throw new IllegalStateException("no <sst> element in the shared-strings part POI wrote");
        }
        String prefix = root.group(1) == null ? "" : root.group(1);
        String start = COUNT.matcher(root.group()).replaceFirst("$1count=\"" + count + "\"");
        start = UNIQUE_COUNT.matcher(start).replaceFirst("uniqueCount=\"" + uniqueCount + "\"");
        String end = "</" + prefix + "sst>";
        String items;
        String after;
        if (start.endsWith("/>")) {
            start = start.substring(0, start.length() - 2) + ">";
            items = "";
            after = end + xml.substring(root.end());
        } else {
            int close = xml.lastIndexOf(end);
            if (close < root.end()) {
                throw new IllegalStateException("no " + end + " in the shared-strings part POI wrote");
            }
            items = xml.substring(root.end(), close);
            after = xml.substring(close);
        }
        XmlBytes added = new XmlBytes(32 * texts.size() + 16);
        for (String text : texts) {
            added.ascii("<" + prefix + "si><" + prefix + "t");
            if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                added.ascii(" xml:space=\"preserve\"");
            }
            added.ascii(">").text(text).ascii("</" + prefix + "t></" + prefix + "si>");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length() + added.size());
        out.writeBytes((xml.substring(0, root.start()) + start + items).getBytes(StandardCharsets.UTF_8));
        out.write(added.array(), 0, added.size());
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static final Pattern SST_START = Pattern.compile("<([A-Za-z_][\\w.-]*:)?sst\\b[^>]*>");
    private static final Pattern COUNT = Pattern.compile("(\\s)count=\"\\d+\"");
    private static final Pattern UNIQUE_COUNT = Pattern.compile("uniqueCount=\"\\d+\"");

    @Override
    protected void injectData(ZipEntrySource written, OutputStream out) throws IOException {
        String part = getXSSFWorkbook().getSharedStringSource().getPackagePart().getPartName().getName().substring(1);
        super.injectData(new ZipEntrySource() {
            @Override
            public Enumeration<? extends ZipArchiveEntry> getEntries() {
                Enumeration<? extends ZipArchiveEntry> entries = written.getEntries();
                return new Enumeration<ZipArchiveEntry>() {
                    @Override
                    public boolean hasMoreElements() {
                        return entries.hasMoreElements();
                    }

                    @Override
                    public ZipArchiveEntry nextElement() {
                        ZipArchiveEntry e = entries.nextElement();
                        return e.getName().equals(part) ? new ZipArchiveEntry(e.getName()) : e; // size unknown
                    }
                };
            }

            @Override
            public ZipArchiveEntry getEntry(String path) {
                return written.getEntry(path);
            }

            @Override
            public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
                if (!entry.getName().equals(part)) {
                    return written.getInputStream(entry);
                }
                try (InputStream in = written.getInputStream(written.getEntry(part))) {
                    return new ByteArrayInputStream(withSharedStrings(in.readAllBytes()));
                }
            }

            @Override
            public void close() throws IOException {
                written.close();
            }

            @Override
            public boolean isClosed() {
                return written.isClosed();
            }
        }, out);
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
