package cn.lifeinfo.compliance.screening;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits an upload into lines of bytes without decoding them: a JSON line goes to the parser as UTF-8 bytes, so a
 * book of a million records is not turned into a million strings first. A line may end in LF or CRLF (the CR is not
 * part of it). A line longer than the limit is not kept: {@link #tooLong()} says so and the reader skips to the next
 * line, so one runaway line cannot fill the heap.
 */
final class ByteLines {

    private final InputStream in;
    private final int maxLine;
    private byte[] buf = new byte[1 << 16];
    /** Buffered, not yet returned bytes are {@code [start, end)}. */
    private int start;
    private int end;
    private boolean eof;
    private int lineStart;
    private int lineEnd;
    private boolean tooLong;

    ByteLines(InputStream in, int maxLine) {
        this.in = in;
        this.maxLine = maxLine;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        tooLong = false;
        int scanned = start;
        while (true) {
            int nl = indexOfNewline(scanned);
            if (nl >= 0) {
                line(start, nl);
                start = nl + 1;
                return true;
            }
            if (eof) {
                if (start == end) {
                    return false;
                }
                line(start, end);
                start = end;
                return true;
            }
            if (end - start > maxLine) {
                skipPastNewline();
                return true;
            }
            scanned = end - start;
            fill();
            scanned += start; // fill() moved the buffered bytes to the front
        }
    }

    byte[] buffer() {
        return buf;
    }

    /** Offset of the current line in {@link #buffer()}. */
    int offset() {
        return lineStart;
    }

    int length() {
        return lineEnd - lineStart;
    }

    /** The current line was longer than the limit: its bytes are not available (length 0). */
    boolean tooLong() {
        return tooLong;
    }

    private void line(int from, int to) {
        lineStart = from;
        lineEnd = to > from && buf[to - 1] == '\r' ? to - 1 : to;
    }

    private int indexOfNewline(int from) {
        for (int i = from; i < end; i++) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Keeps the unread bytes at the front of the buffer (growing it up to the line limit) and reads more. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length, Math.min(2 * buf.length, maxLine + 2)));
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    /** Drops the over-long line: everything up to and including its newline. */
    private void skipPastNewline() throws IOException {
        tooLong = true;
        start = end;
        while (true) {
            int nl = indexOfNewline(start);
            if (nl >= 0) {
                start = nl + 1;
                break;
            }
            start = 0;
            end = 0;
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                eof = true;
                break;
            }
            end = n;
        }
        lineStart = start;
        lineEnd = start;
    }
}
