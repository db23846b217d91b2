package se.bilaga1.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year(s) a file's name gives: a survey's year when the file has no year column ({@code kommunenkat-2019.xlsx}),
 * and what a row's own year is checked against ({@code nord-2024.xlsx} holds 2024's cases, not 2023's).
 */
public final class FileNameYear {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[9]\\d|20\\d\\d|2100)(?!\\d)");

    private FileNameYear() {
    }

    /** The one year the name holds; empty when it holds none or several (a span such as 2022-2024). */
    public static Optional<Integer> of(String fileName) {
        Matcher m = YEAR.matcher(fileName);
        Integer found = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (found != null && found != year) {
                return Optional.empty();
            }
            found = year;
        }
        return Optional.ofNullable(found);
    }

    /** Every year the name holds, in order ({@code anmalda-brott-2020-2024.xlsx} → 2020, 2024). */
    public static java.util.List<Integer> all(String fileName) {
        java.util.List<Integer> years = new java.util.ArrayList<>();
        Matcher m = YEAR.matcher(fileName);
        while (m.find()) {
            years.add(Integer.parseInt(m.group(1)));
        }
        return years;
    }

    /** The years from the first to the last one a name holds: one year ({@code nord-2024}) or a span ({@code 2022-2024}). */
    public record Span(String fileName, int first, int last) {

        public boolean contains(int year) {
            return year >= first && year <= last;
        }

        /** Why a row of {@code year} does not belong in the file, naming both years; null when it does. */
        public String outside(String column, int year) {
            if (contains(year)) {
                return null;
            }
            String named = first == last ? String.valueOf(first) : first + "–" + last;
            return column + " " + year + " is not the year the file name " + fileName + " gives: expected "
                    + named + " (a row of another year belongs in a file of its own)";
        }
    }

    /** The span of the years in the name (its file name only, without folders); empty when the name holds none. */
    public static Optional<Span> span(String fileName) {
        java.util.List<Integer> years = all(fileName);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int first = years.stream().mapToInt(Integer::intValue).min().getAsInt();
        int last = years.stream().mapToInt(Integer::intValue).max().getAsInt();
        return Optional.of(new Span(fileName, first, last));
    }
}
