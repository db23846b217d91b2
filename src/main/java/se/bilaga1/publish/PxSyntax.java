package se.bilaga1.publish;

import java.util.List;

/**
 * The PC-Axis file syntax: keywords with quoted, comma-separated values in lines of at most {@value #MAX_LINE}
 * characters, and the characters a value may hold.
 */
final class PxSyntax {

    /** The specification's longest line; long texts and lists continue on the next line. */
    static final int MAX_LINE = 256;

    /** Lines end as PC-Axis for Windows writes them; readers accept either. */
    static final String EOL = "\r\n";

    private PxSyntax() {
    }

    /**
     * Writes {@code head} and its values, quoted and comma-separated, in lines of at most {@link #MAX_LINE}
     * characters: a list breaks after a comma, a text too long for one line goes on in a further quoted piece on
     * the next line (readers join the pieces), cut after a space where there is one.
     */
    static void entry(List<String> lines, String head, List<String> values) {
        if (head.length() + 4 > MAX_LINE) {
            throw new IllegalArgumentException("PX keyword longer than a line: " + head);
        }
        StringBuilder line = new StringBuilder(head);
        boolean lineHasValue = false;
        for (int v = 0; v < values.size(); v++) {
            String rest = values.get(v);
            String end = v == values.size() - 1 ? ";" : ",";
            boolean started = false;
            while (true) {
                int room = MAX_LINE - line.length() - 2 - end.length();
                if (rest.length() <= room) {
                    line.append('"').append(rest).append('"').append(end);
                    lineHasValue = true;
                    break;
                }
                if (!started && lineHasValue && (rest.length() <= MAX_LINE - 2 - end.length() || room < 32)) {
                    // start the value on a line of its own rather than cut it, or cut it to a sliver
                    lines.add(line.toString());
                    line = new StringBuilder();
                    lineHasValue = false;
                    continue;
                }
                int cut = cut(rest, room);
                line.append('"').append(rest, 0, cut).append('"');
                lines.add(line.toString());
                line = new StringBuilder();
                lineHasValue = false;
                rest = rest.substring(cut);
                started = true;
            }
        }
        lines.add(line.toString());
    }

    /** Where to cut {@code text} to at most {@code room} characters: after the last space, never inside a pair. */
    private static int cut(String text, int room) {
        int cut = Math.max(1, room);
        int space = text.lastIndexOf(' ', cut - 1);
        if (space >= cut / 2) {
            cut = space + 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return cut;
    }

    /**
     * A label as PX can hold it: a value cannot contain a quotation mark, so {@code "} becomes the Swedish
     * closing quote {@code ”}; a line break or other control character becomes a space.
     */
    static String label(String text) {
        return clean(text == null ? "" : text, " ");
    }

    /** A text of a long-text keyword (TITLE, NOTE, …): as a label, but a line break is the specification's {@code #}. */
    static String note(String text) {
        return clean(text == null ? "" : text.replace("\r\n", "\n"), "#");
    }

    private static String clean(String text, String lineBreak) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                out.append('”');
            } else if (ch == '\n' || ch == '\r') {
                out.append(lineBreak);
            } else if (Character.isISOControl(ch)) {
                out.append(' ');
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    static String quoted(String text) {
        return '"' + text + '"';
    }
}
