package se.bilaga1.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV records (RFC 4180 quoting; CR, LF and CRLF line breaks alike) with bounded memory, each as a
 * {@link SheetRow} numbered by the line it starts on. What cannot be read cleanly comes back as a row with a
 * {@link SheetRow.Defect} rather than as an exception, and reading goes on:
 * <ul>
 * <li>a line longer than {@value #MAX_LINE_CHARS} characters is skipped to its end without being held (its
 * first characters kept for the quarantine);</li>
 * <li>a quoted value that runs over more than {@value #MAX_QUOTED_LINES} line breaks or about
 * {@value #MAX_QUOTED_CHARS} characters past its first line, or to the end of the file, is an unclosed quote: its
 * first line is the defective row and reading resumes on the next line (so one stray quote cannot swallow the
 * rest of the file);</li>
 * <li>text between a closing quote and the separator, a NUL character, and (when the dialect says the bytes were
 * not all valid) a U+FFFD replacement character mark the row defective, its cells read as usual.</li>
 * </ul>
 * Blank lines are skipped.
 */
final class CsvReader implements Closeable {

    static final int MAX_LINE_CHARS = 1 << 20;
    static final int MAX_QUOTED_LINES = 10;
    static final int MAX_QUOTED_CHARS = 64 << 10;
    /** How much of an overlong line the quarantine keeps. */
    static final int RAW_KEPT = 200;

    private final Reader in;
    private final char delimiter;
    private final boolean replacementIsDefect;

    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    /** The physical line at {@link #pos}. */
    private int line = 1;

    // the record being read; positions in buf, moved along when the buffer is compacted
    private int start;
    private int fieldStart;
    /** Where the record's first line break inside quotes is, and where the line after it starts; -1 before. */
    private int firstBreak = -1;
    private int resumeAt = -1;
    private int quotedBreaks;
    private int quoteColumn;
    private final CsvRecord record;
    private final StringBuilder quoted = new StringBuilder();

    CsvReader(Reader in, char delimiter, boolean replacementIsDefect) {
        this(in, delimiter, replacementIsDefect, "UTF-8");
    }

    /** {@code encoding}: the text's encoding as a message names it, when a row's bytes are not valid in it. */
    CsvReader(Reader in, char delimiter, boolean replacementIsDefect, String encoding) {
        this.in = in;
        this.record = new CsvRecord(encoding);
        this.delimiter = delimiter;
        this.replacementIsDefect = replacementIsDefect;
    }

    /** The next record, or null at the end of the file. */
    SheetRow next() throws IOException {
        while (true) {
            start = pos;
            if (pos == limit && !fill()) {
                return null;
            }
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                lineBreak();
                continue;
            }
            return readRecord();
        }
    }

    private SheetRow readRecord() throws IOException {
        start = pos;
        record.begin(line);
        firstBreak = -1;
        resumeAt = -1;
        quotedBreaks = 0;
        while (true) { // one field per turn
            fieldStart = pos;
            if (pos == limit && !fill()) {
                record.add("");
                return record.row();
            }
            if (buf[pos] == '"') {
                SheetRow broken = quotedField();
                if (broken != null) {
                    return broken;
                }
            } else {
                while (true) {
                    // the hot loop: plain characters up to the next one that needs a look
                    final char[] b = buf;
                    final int lim = limit;
                    final char d = delimiter;
                    int p = pos;
                    char c = 0;
                    while (p < lim && (c = b[p]) != d && c > '\r' && c != '\uFFFD') {
                        p++;
                    }
                    pos = p;
                    if (p == lim) {
                        if (pos - start >= MAX_LINE_CHARS) {
                            return longLine();
                        }
                        if (!fill()) {
                            record.add(new String(buf, fieldStart, pos - fieldStart));
                            return record.row();
                        }
                        continue;
                    }
                    if (c == d || c == '\n' || c == '\r') {
                        break;
                    }
                    if (c == 0) {
                        record.flagNul();
                    } else if (c == '\uFFFD' && replacementIsDefect) {
                        record.flagMalformed();
                    }
                    pos++;
                }
                record.add(pos == fieldStart ? "" : new String(buf, fieldStart, pos - fieldStart));
            }
            // at the separator, a line break or the end of the file
            if (pos == limit && !fill()) {
                return record.row();
            }
            char c = buf[pos];
            if (c == delimiter) {
                pos++;
                continue;
            }
            lineBreak();
            return record.row();
        }
    }

    /**
     * Reads a quoted value into the record, leaving {@link #pos} on what follows its closing quote; or, when it is
     * never closed, returns the record's first line as a defective row (reading resumes on the line after it).
     */
    private SheetRow quotedField() throws IOException {
        quoteColumn = record.width();
        quoted.setLength(0);
        pos++;
        int segment = pos;
        while (true) {
            if (pos == limit) {
                quoted.append(buf, segment, pos - segment);
                if (firstBreak < 0 ? pos - start >= MAX_LINE_CHARS : pos - resumeAt >= MAX_QUOTED_CHARS) {
                    return firstBreak < 0 ? longLine() : unclosedQuote(false);
                }
                if (!fill()) {
                    return unclosedQuote(true);
                }
                segment = pos;
            }
            char c = buf[pos];
            if (c == '"') {
                quoted.append(buf, segment, pos - segment);
                pos++;
                if (pos == limit && !fill()) {
                    break;
                }
                if (buf[pos] != '"') {
                    break;
                }
                quoted.append('"'); // a doubled quote is one quote
                pos++;
                segment = pos;
            } else if (c == '\n' || c == '\r') {
                quoted.append(buf, segment, pos - segment);
                if (firstBreak < 0) {
                    firstBreak = pos;
                }
                pos++;
                if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
                    pos++;
                    quoted.append("\r\n");
                } else {
                    quoted.append(c);
                }
                line++;
                if (resumeAt < 0) {
                    resumeAt = pos;
                }
                if (++quotedBreaks > MAX_QUOTED_LINES) {
                    return unclosedQuote(false);
                }
                segment = pos;
            } else {
                if (c == 0) {
                    record.flagNul();
                } else if (c == '\uFFFD' && replacementIsDefect) {
                    record.flagMalformed();
                }
                pos++;
            }
        }
        // after the closing quote: the separator, a line break or the end; anything else is kept, and flagged
        if (pos < limit || fill()) {
            char c = buf[pos];
            if (c != delimiter && c != '\n' && c != '\r') {
                int column = record.width();
                while (true) {
                    if (pos == limit) {
                        if (pos - start >= MAX_LINE_CHARS) {
                            return longLine();
                        }
                        if (!fill()) {
                            break;
                        }
                    }
                    c = buf[pos];
                    if (c == delimiter || c == '\n' || c == '\r') {
                        break;
                    }
                    quoted.append(c);
                    pos++;
                }
                record.flag(column, quoted.toString(), "text after the closing quote in column " + SheetRow.columnLetters(column)
                        + ": expected the separator '" + delimiter + "' right after it");
            }
        }
        record.add(quoted.toString());
        return null;
    }

    /** The record's first line as a defective row; reading resumes on the line after it. */
    private SheetRow unclosedQuote(boolean atEnd) {
        int end = firstBreak >= 0 ? firstBreak : limit;
        String raw = new String(buf, start, Math.min(end - start, MAX_LINE_CHARS));
        String column = SheetRow.columnLetters(quoteColumn);
        SheetRow.Defect broken = new SheetRow.Defect(quoteColumn, raw, "a quote opened in column " + column
                + " is never closed " + (atEnd ? "before the end of the file" : "within " + MAX_QUOTED_LINES + " lines")
                + ": expected a closing quote (\") at the end of the value; the line is set aside and reading resumes"
                + " on the next");
        if (firstBreak >= 0) {
            pos = resumeAt;
            line = record.line() + 1;
        }
        return new SheetRow(record.line(), List.of(), broken);
    }

    /** Skips the rest of an overlong line without holding it; the line as a defective row. */
    private SheetRow longLine() throws IOException {
        String raw = new String(buf, start, RAW_KEPT) + "…";
        long length = pos - start;
        while (true) {
            if (pos == limit) {
                start = pos; // nothing before pos is kept
                if (!fill()) {
                    break;
                }
            }
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                lineBreak();
                break;
            }
            pos++;
            length++;
        }
        line = record.line() + 1;
        return new SheetRow(record.line(), List.of(), new SheetRow.Defect(-1, raw, "a line of " + length
                + " characters, longer than the limit of " + MAX_LINE_CHARS + ": expected one record per line of at most"
                + " that length; not read"));
    }

    /** Consumes the line break at {@link #pos}: CR, LF or CRLF. */
    private void lineBreak() throws IOException {
        char c = buf[pos++];
        if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
            pos++;
        }
        line++;
    }

    /**
     * Reads more text behind what is in the buffer, first moving the record being read to its front (and growing
     * the buffer when the record fills it). False at the end of the file.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (start > 0) {
            int shift = start;
            System.arraycopy(buf, start, buf, 0, limit - start);
            limit -= shift;
            pos -= shift;
            fieldStart -= shift;
            if (firstBreak >= 0) {
                firstBreak -= shift;
            }
            if (resumeAt >= 0) {
                resumeAt -= shift;
            }
            start = 0;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
