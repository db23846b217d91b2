package se.bilaga1.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.postgresql.copy.CopyIn;

/**
 * Rows in COPY's text format, encoded to UTF-8 straight into a byte array: whole numbers written digit by digit,
 * text char by char, with no string made per value nor a second copy of the piece to encode it (the load step's
 * thread writes every detail row through here).
 */
final class CopyText {

    /** COPY's text format: tab between values, a line per row, {@code \N} for null, backslash escapes. */
    static String of(List<Object[]> rows) {
        CopyText text = new CopyText(rows.size() * 64 + 16);
        rows.forEach(text::row);
        return new String(text.bytes, 0, text.length, StandardCharsets.UTF_8);
    }

    private byte[] bytes;
    private int length;

    CopyText(int capacity) {
        bytes = new byte[capacity];
    }

    void row(Object[] row) {
        for (int i = 0; i < row.length; i++) {
            separate(i);
            value(row[i]);
        }
        endRow();
    }

    /** Before the row's value number {@code column} (from 0): a tab between values. */
    void separate(int column) {
        if (column > 0) {
            put((byte) '\t');
        }
    }

    void endRow() {
        put((byte) '\n');
    }

    /** The bytes written and not yet sent. */
    int length() {
        return length;
    }

    void sendTo(CopyIn copy) throws SQLException {
        if (length > 0) {
            copy.writeToCopy(bytes, 0, length);
            length = 0;
        }
    }

    /** One value: null as {@code \N}, numbers as digits, anything else as its text, escaped. */
    void value(Object value) {
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
        } else if (value instanceof Long l) {
            number(l);
        } else if (value instanceof Integer n) {
            number(n);
        } else if (value instanceof BigDecimal d) {
            text(d.toPlainString());
        } else {
            text(value.toString());
        }
    }

    void number(long v) {
        if (v == Long.MIN_VALUE) {
            text(Long.toString(v));
            return;
        }
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        room(20);
        int start = length;
        do {
            bytes[length++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v > 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
    }

    private void text(String s) {
        room(s.length() * 3 + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> escaped('\\');
                    case '\t' -> escaped('t');
                    case '\n' -> escaped('n');
                    case '\r' -> escaped('r');
                    default -> bytes[length++] = (byte) c;
                }
            } else if (c < 0x800) {
                bytes[length++] = (byte) (0xC0 | c >> 6);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                room(4);
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                bytes[length++] = (byte) '?'; // a lone surrogate, as String.getBytes writes it
            } else {
                bytes[length++] = (byte) (0xE0 | c >> 12);
                bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private void escaped(char c) {
        room(2);
        bytes[length++] = (byte) '\\';
        bytes[length++] = (byte) c;
    }

    private void put(byte b) {
        room(1);
        bytes[length++] = b;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
