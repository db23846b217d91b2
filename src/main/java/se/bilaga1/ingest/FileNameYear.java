package se.bilaga1.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A survey year given by the file's name ({@code kommunenkat-2019.xlsx}) when the file has no year column. */
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
}
