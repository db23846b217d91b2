package se.bilaga1.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<SheetRow> read(String text) throws IOException {
        return read(new StringReader(text), false);
    }

    private static List<SheetRow> read(Reader in, boolean replacementIsDefect) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(in, ';', replacementIsDefect)) {
            SheetRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void recordsAreNumberedByTheLineTheyStartOnWhateverEndsTheLines() throws IOException {
        List<SheetRow> rows = read("a;b\r\n1;2\n\n3;\"x\ny\"\r4;5\r\n6;\"\"\"q\"\"\";");

        assertThat(rows).extracting(SheetRow::rowNo).containsExactly(1, 2, 4, 6, 7);
        assertThat(rows).extracting(SheetRow::cells).containsExactly(List.of("a", "b"), List.of("1", "2"),
                List.of("3", "x\ny"), List.of("4", "5"), List.of("6", "\"q\"", ""));
        assertThat(rows).extracting(SheetRow::defect).containsOnlyNulls();
    }

    @Test
    void aQuotedValueMayHoldSeparatorsAndLineBreaks() throws IOException {
        List<SheetRow> rows = read("\"a;b\";\"c\r\nd\"\n;\n");

        assertThat(rows).extracting(SheetRow::cells).containsExactly(List.of("a;b", "c\r\nd"), List.of("", ""));
        assertThat(rows).extracting(SheetRow::rowNo).containsExactly(1, 3);
    }

    @Test
    void anUnclosedQuoteSetsAsideItsFirstLineOnly() throws IOException {
        StringBuilder text = new StringBuilder("h;i\n1;\"open;x\n");
        for (int i = 0; i < 15; i++) {
            text.append(i).append(";v\n");
        }
        List<SheetRow> rows = read(text.toString());

        assertThat(rows).hasSize(17);
        SheetRow broken = rows.get(1);
        assertThat(broken.rowNo()).isEqualTo(2);
        assertThat(broken.defect().column()).isEqualTo(1);
        assertThat(broken.defect().raw()).isEqualTo("1;\"open;x");
        assertThat(broken.defect().reason()).startsWith("a quote opened in column B is never closed within 10 lines");
        assertThat(rows.get(2).rowNo()).isEqualTo(3);
        assertThat(rows.get(2).cells()).containsExactly("0", "v");
        assertThat(rows.subList(2, 17)).extracting(SheetRow::defect).containsOnlyNulls();
    }

    @Test
    void anUnclosedQuoteAtTheEndOfTheFileSetsAsideItsLineAndReadsTheRest() throws IOException {
        List<SheetRow> rows = read("h\n\"a\nb\nc");

        assertThat(rows).extracting(SheetRow::rowNo).containsExactly(1, 2, 3, 4);
        assertThat(rows.get(1).defect().reason()).contains("never closed before the end of the file");
        assertThat(rows.get(3).cells()).containsExactly("c");
    }

    @Test
    void textAfterAClosingQuoteMarksTheRow() throws IOException {
        List<SheetRow> rows = read("\"a\"b;c\n");

        assertThat(rows.get(0).cells()).containsExactly("ab", "c");
        assertThat(rows.get(0).defect().reason()).isEqualTo("text after the closing quote in column A: expected the"
                + " separator ';' right after it");
    }

    @Test
    void nulAndReplacementCharactersMarkTheRow() throws IOException {
        assertThat(read("a;b\0c\n").get(0).defect().raw()).isEqualTo("b\0c");
        assertThat(read("a;b\0c\n").get(0).defect().column()).isEqualTo(1);
        assertThat(read(new StringReader("x\uFFFDy;z\n"), false).get(0).defect()).isNull();
        SheetRow.Defect malformed = read(new StringReader("x;\"\uFFFD\"\n"), true).get(0).defect();
        assertThat(malformed.column()).isEqualTo(1);
        assertThat(malformed.raw()).isEqualTo("\uFFFD");
    }

    @Test
    void anOverlongLineIsSkippedWithoutBeingHeld() throws IOException {
        long length = 5L * CsvReader.MAX_LINE_CHARS;
        Reader huge = new Reader() {
            private final String head = "a;b\n1;";
            private long left = head.length() + length;
            private final String tail = "\n2;3\n";
            private int tailAt;

            @Override
            public int read(char[] cbuf, int off, int len) {
                if (left == 0) {
                    if (tailAt == tail.length()) {
                        return -1;
                    }
                    cbuf[off] = tail.charAt(tailAt++);
                    return 1;
                }
                int n = (int) Math.min(len, left);
                for (int i = 0; i < n; i++) {
                    long at = head.length() + length - left + i;
                    cbuf[off + i] = at < head.length() ? head.charAt((int) at) : 'x';
                }
                left -= n;
                return n;
            }

            @Override
            public void close() {
            }
        };

        List<SheetRow> rows = read(huge, false);

        assertThat(rows).extracting(SheetRow::rowNo).containsExactly(1, 2, 3);
        assertThat(rows.get(1).defect().reason()).startsWith("a line of " + (length + 2) + " characters, longer than the limit");
        assertThat(rows.get(1).defect().raw()).hasSize(CsvReader.RAW_KEPT + 1).startsWith("1;xxx");
        assertThat(rows.get(2).cells()).containsExactly("2", "3");
    }
}
