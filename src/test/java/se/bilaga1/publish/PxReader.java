package se.bilaga1.publish;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small PC-Axis reader for the tests, written from the specification and not from {@link PxWriter}: keywords
 * with optional language and subkeys, quoted and bare values, a list's values separated by commas, a long text's
 * quoted pieces on consecutive lines joined, and {@code DATA} as its cells (a symbol such as {@code ".."} without
 * its quotes). The file is decoded in the charset its {@code CODEPAGE} names (Windows-1252 without one).
 */
final class PxReader {

    private static final Pattern CODEPAGE = Pattern.compile("(?m)^CODEPAGE=\"([^\"]+)\";");

    /** A keyword with its subkeys, as written: {@code VALUES("Lagrum")} has keyword VALUES and subkeys [Lagrum]. */
    record Key(String keyword, String language, List<String> subkeys) {
    }

    final Charset charset;
    final List<String> lines;
    final Map<Key, List<String>> entries = new LinkedHashMap<>();
    final List<String> keywordsInOrder = new ArrayList<>();
    final List<String> data = new ArrayList<>();

    private PxReader(Charset charset, String text) {
        this.charset = charset;
        this.lines = List.of(text.split("\r\n|\n", -1));
        parse(text);
    }

    static PxReader read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    static PxReader parse(byte[] bytes) {
        // the keyword itself is ASCII: find it in a byte-for-byte reading, then decode the file as it says
        Matcher m = CODEPAGE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        Charset charset = m.find() ? Charset.forName(m.group(1)) : Charset.forName("windows-1252");
        return new PxReader(charset, new String(bytes, charset));
    }

    /** The single value of {@code keyword} (no subkeys). */
    String value(String keyword) {
        List<String> values = values(keyword);
        if (values.size() != 1) {
            throw new AssertionError(keyword + " has " + values.size() + " values: " + values);
        }
        return values.get(0);
    }

    /** The values of {@code keyword} with these subkeys; an AssertionError when the file has no such entry. */
    List<String> values(String keyword, String... subkeys) {
        List<String> values = entries.get(new Key(keyword, null, List.of(subkeys)));
        if (values == null) {
            throw new AssertionError("no " + keyword + List.of(subkeys) + " in the file; it has " + entries.keySet());
        }
        return values;
    }

    boolean has(String keyword, String... subkeys) {
        return entries.containsKey(new Key(keyword, null, List.of(subkeys)));
    }

    private void parse(String text) {
        int i = 0;
        int n = text.length();
        while (true) {
            i = skipWhitespace(text, i);
            if (i >= n) {
                throw new AssertionError("the file ends without DATA");
            }
            int start = i;
            while (i < n && "=[(".indexOf(text.charAt(i)) < 0) {
                i++;
            }
            String keyword = text.substring(start, i).strip();
            if (!keyword.matches("[A-Z0-9-]+")) {
                throw new AssertionError("not a keyword: '" + keyword + "' at " + start);
            }
            String language = null;
            if (i < n && text.charAt(i) == '[') {
                int close = text.indexOf(']', i);
                language = text.substring(i + 1, close);
                i = close + 1;
            }
            List<String> subkeys = new ArrayList<>();
            if (i < n && text.charAt(i) == '(') {
                i++;
                while (true) {
                    i = skipWhitespace(text, i);
                    if (text.charAt(i) != '"') {
                        throw new AssertionError(keyword + ": a subkey not in quotes at " + i);
                    }
                    int close = text.indexOf('"', i + 1);
                    subkeys.add(text.substring(i + 1, close));
                    i = skipWhitespace(text, close + 1);
                    char ch = text.charAt(i++);
                    if (ch == ')') {
                        break;
                    }
                    if (ch != ',') {
                        throw new AssertionError(keyword + ": '" + ch + "' between subkeys");
                    }
                }
            }
            if (i >= n || text.charAt(i) != '=') {
                throw new AssertionError(keyword + ": no '=' after the keyword");
            }
            i++;
            keywordsInOrder.add(keyword);
            if (keyword.equals("DATA")) {
                parseData(text, i);
                return;
            }
            List<String> values = new ArrayList<>();
            StringBuilder value = null;
            while (true) {
                i = skipWhitespace(text, i);
                if (i >= n) {
                    throw new AssertionError(keyword + ": no ';' before the end of the file");
                }
                char ch = text.charAt(i);
                if (ch == '"') {
                    int close = text.indexOf('"', i + 1);
                    if (close < 0) {
                        throw new AssertionError(keyword + ": an unclosed quote");
                    }
                    String piece = text.substring(i + 1, close);
                    if (piece.contains("\n") || piece.contains("\r")) {
                        throw new AssertionError(keyword + ": a line break inside quotes");
                    }
                    // quoted pieces one after the other are one text continued over lines
                    value = value == null ? new StringBuilder(piece) : value.append(piece);
                    i = close + 1;
                } else if (ch == ',' || ch == ';') {
                    if (value == null) {
                        throw new AssertionError(keyword + ": an empty value");
                    }
                    values.add(value.toString());
                    value = null;
                    i++;
                    if (ch == ';') {
                        break;
                    }
                } else {
                    int end = i;
                    while (end < n && ",;".indexOf(text.charAt(end)) < 0 && !Character.isWhitespace(text.charAt(end))) {
                        end++;
                    }
                    if (value != null) {
                        throw new AssertionError(keyword + ": a bare value after a quoted one");
                    }
                    value = new StringBuilder(text.substring(i, end));
                    i = end;
                }
            }
            Key key = new Key(keyword, language, List.copyOf(subkeys));
            if (entries.put(key, List.copyOf(values)) != null) {
                throw new AssertionError(key + " comes twice");
            }
        }
    }

    private void parseData(String text, int i) {
        int n = text.length();
        while (true) {
            while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                throw new AssertionError("DATA has no closing ';'");
            }
            char ch = text.charAt(i);
            if (ch == ';') {
                if (!text.substring(i + 1).isBlank()) {
                    throw new AssertionError("something after DATA's ';'");
                }
                return;
            }
            if (ch == '"') {
                int close = text.indexOf('"', i + 1);
                data.add(text.substring(i + 1, close));
                i = close + 1;
            } else {
                int end = i;
                while (end < n && " \t\r\n,;".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                data.add(text.substring(i, end));
                i = end;
            }
        }
    }

    private static int skipWhitespace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The cell at {@code stubValue} × {@code headingValue} of a one-stub, one-heading file: DATA runs row by row
     * (the last heading variable varies fastest).
     */
    String cell(String stubValue, String headingValue) {
        List<String> rows = values("VALUES", value("STUB"));
        List<String> columns = values("VALUES", value("HEADING"));
        int r = rows.indexOf(stubValue);
        int c = columns.indexOf(headingValue);
        if (r < 0 || c < 0) {
            throw new AssertionError("no cell " + stubValue + " × " + headingValue + " in " + rows + " × " + columns);
        }
        if (data.size() != rows.size() * columns.size()) {
            throw new AssertionError("DATA has " + data.size() + " cells for " + rows.size() + " × " + columns.size());
        }
        return data.get(r * columns.size() + c);
    }
}
