package com.portfolioreview.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Data rows of a table sheet in an .xlsx file, counted in the sheet's XML without loading it
 * (the benchmark's sheets hold up to a million rows): how the benchmark checks that the job and
 * the whole-job peer wrote the same rows. A table that continued on numbered sheets at Excel's
 * row limit ({@code KPIs}, {@code KPIs 2}, …) is counted whole; each sheet's header row is not a
 * data row.
 */
final class WorkbookRows {

    private static final Pattern SHEET = Pattern.compile("<sheet\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern REL_ID = Pattern.compile("\\br:id=\"([^\"]*)\"");
    private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bId=\"([^\"]*)\"");
    private static final Pattern TARGET = Pattern.compile("\\bTarget=\"([^\"]*)\"");
    private static final byte[] ROW = "<row ".getBytes(StandardCharsets.US_ASCII);

    private WorkbookRows() {
    }

    /** Data rows of {@code table} (header rows left out), or -1 when the workbook has no such sheet. */
    static long count(Path xlsx, String table) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            long rows = -1;
            for (String entry : entries(zip, table)) {
                rows = Math.max(rows, 0) + rowElements(zip, entry) - 1;
            }
            return rows;
        }
    }

    /**
     * The exact sum of one column's numbers in the data rows of {@code table} (on every sheet it
     * continued on), read as a stream of the sheets' XML: the values as written, each a decimal.
     */
    static java.math.BigDecimal sum(Path xlsx, String table, String column) throws IOException {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (String entry : entries(zip, table)) {
                sum = sum.add(sumOf(zip, entry, column));
            }
        }
        return sum;
    }

    /** The sheet entries of {@code table} and of the numbered sheets it continued on, in workbook order. */
    private static List<String> entries(ZipFile zip, String table) throws IOException {
        Map<String, String> targets = new HashMap<>();
        Matcher rel = RELATIONSHIP.matcher(text(zip, "xl/_rels/workbook.xml.rels"));
        while (rel.find()) {
            targets.put(attribute(ID, rel.group()), attribute(TARGET, rel.group()));
        }
        List<String> entries = new java.util.ArrayList<>();
        Matcher sheet = SHEET.matcher(text(zip, "xl/workbook.xml"));
        while (sheet.find()) {
            String name = attribute(NAME, sheet.group()).replace("&amp;", "&");
            if (name.equals(table) || name.matches(Pattern.quote(table) + " \\d+")) {
                String target = targets.get(attribute(REL_ID, sheet.group()));
                entries.add(target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
        }
        return entries;
    }

    private static java.math.BigDecimal sumOf(ZipFile zip, String entry, String column) throws IOException {
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
            javax.xml.stream.XMLStreamReader x = javax.xml.stream.XMLInputFactory.newFactory().createXMLStreamReader(in);
            boolean inCell = false;
            while (x.hasNext()) {
                int event = x.next();
                if (event == javax.xml.stream.XMLStreamConstants.START_ELEMENT && x.getLocalName().equals("c")) {
                    String ref = x.getAttributeValue(null, "r");
                    inCell = ref != null && ref.startsWith(column) && Character.isDigit(ref.charAt(column.length()))
                            && !ref.substring(column.length()).equals("1") && x.getAttributeValue(null, "t") == null;
                } else if (inCell && event == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                        && x.getLocalName().equals("v")) {
                    sum = sum.add(new java.math.BigDecimal(x.getElementText().trim()));
                    inCell = false;
                }
            }
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IOException("cannot read " + entry + " of " + zip.getName(), e);
        }
        return sum;
    }

    private static String attribute(Pattern attribute, String element) {
        Matcher m = attribute.matcher(element);
        return m.find() ? m.group(1) : "";
    }

    private static String text(ZipFile zip, String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new IOException("no " + entry + " in " + zip.getName());
        }
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Occurrences of {@code <row } in the entry, read as a stream. */
    private static long rowElements(ZipFile zip, String entry) throws IOException {
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            throw new IOException("no " + entry + " in " + zip.getName());
        }
        long count = 0;
        int matched = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = zip.getInputStream(e)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    matched = b == ROW[matched] ? matched + 1 : b == ROW[0] ? 1 : 0;
                    if (matched == ROW.length) {
                        count++;
                        matched = 0;
                    }
                }
            }
        }
        return count;
    }
}
