package com.portfolioreview.ingest.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Passes characters through to the CSV parser and keeps those since the start of the record
 * being read, so that each record's raw text can be cut out exactly by character position
 * (the parser reads ahead, so the window also holds some characters of later records).
 */
final class RecordTextReader extends Reader {

    private final Reader in;
    private char[] window = new char[16 * 1024];
    private int head;
    private int tail;
    private long headPosition;

    RecordTextReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = in.read(cbuf, off, len);
        if (n > 0) {
            keep(cbuf, off, n);
        }
        return n;
    }

    private void keep(char[] cbuf, int off, int n) {
        if (tail + n > window.length) {
            int used = tail - head;
            char[] target = used + n > window.length ? new char[Math.max(window.length * 2, used + n)] : window;
            System.arraycopy(window, head, target, 0, used);
            window = target;
            head = 0;
            tail = used;
        }
        System.arraycopy(cbuf, off, window, tail, n);
        tail += n;
    }

    /** Characters passed through so far. */
    long position() {
        return headPosition + (tail - head);
    }

    /** The text between two absolute character positions, both within the kept window. */
    String slice(long from, long to) {
        if (from < headPosition || to > position() || from > to) {
            throw new IllegalStateException("text " + from + ".." + to + " is not kept (window "
                    + headPosition + ".." + position() + ")");
        }
        return new String(window, head + (int) (from - headPosition), (int) (to - from));
    }

    /** Forgets the text before an absolute position (an already emitted record). */
    void discardBefore(long position) {
        int drop = (int) Math.min(position - headPosition, tail - head);
        if (drop > 0) {
            head += drop;
            headPosition += drop;
        }
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
