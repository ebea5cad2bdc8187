package com.portfolioreview.report.workbook;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.OutputStream;

/**
 * An SXSSF workbook whose .xlsx zip is deflated at a chosen level. POI deflates at the default
 * level (6); on millions of sheet rows that deflating is most of the writing time, while level 1
 * writes the same workbook several times faster for a somewhat larger file (see README
 * "Performance").
 */
final class ZipLevelWorkbook extends SXSSFWorkbook {

    private final int level;

    ZipLevelWorkbook(XSSFWorkbook template, int rowsInMemory, int level) {
        super(template, rowsInMemory);
        this.level = level;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
        zip.setLevel(level);
        return zip;
    }
}
