package com.portfolioreview.report.workbook.ooxml;

import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;

/**
 * An SXSSF sheet data writer whose temp file takes finished row XML as bytes
 * ({@link #rows(XmlBytes)}), through a 64 KB buffer and with no character encoder in the way;
 * what SXSSF itself writes through the {@link Writer} interface is encoded to UTF-8 by the same
 * output. The temp file is read back through a 64 KB buffer when the workbook is zipped.
 */
final class TableSheetWriter extends SheetDataWriter {

    private static final int BUFFER = 1 << 16;

    TableSheetWriter() throws IOException {
        super();
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        FileOutputStream file = new FileOutputStream(fd);
        try {
            return new Utf8Output(decorateOutputStream(file));
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream fis) {
        return new BufferedInputStream(fis, BUFFER);
    }

    /** Appends finished rows (one or more {@code <row>} elements) to the sheet data. */
    void rows(XmlBytes xml) throws IOException {
        ((Utf8Output) _out).write(xml.array(), 0, xml.size());
    }

    /** A buffered UTF-8 writer that also takes bytes. */
    private static final class Utf8Output extends Writer {

        private final OutputStream out;
        private final byte[] buffer = new byte[BUFFER];
        private int used;
        private char pendingHigh;

        Utf8Output(OutputStream out) {
            this.out = out;
        }

        void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > buffer.length - used) {
                drain();
                if (length > buffer.length) {
                    out.write(bytes, offset, length);
                    return;
                }
            }
            System.arraycopy(bytes, offset, buffer, used, length);
            used += length;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                put(chars[i]);
            }
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) {
                put(s.charAt(i));
            }
        }

        @Override
        public void write(int c) throws IOException {
            put((char) c);
        }

        private void put(char c) throws IOException {
            if (used + 4 > buffer.length) {
                drain();
            }
            if (pendingHigh != 0) {
                char high = pendingHigh;
                pendingHigh = 0;
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    buffer[used++] = (byte) (0xF0 | cp >> 18);
                    buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buffer[used++] = (byte) (0x80 | cp & 0x3F);
                    return;
                }
                buffer[used++] = '?';
            }
            if (c < 0x80) {
                buffer[used++] = (byte) c;
            } else if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                pendingHigh = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                if (pendingHigh != 0) {
                    pendingHigh = 0;
                    write('?');
                }
                drain();
            } finally {
                out.close();
            }
        }
    }
}
