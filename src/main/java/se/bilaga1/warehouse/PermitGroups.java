package se.bilaga1.warehouse;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The permits of a few years as the tables need them, read in one pass: per year, kind, sex, applicant, coordinator
 * flag and file, how many rows and which. Every permit cell of Tabell 5 and 6 is a filter over these few hundred
 * groups, with the provenance of the rows it counts, instead of a query of its own over the permits.
 */
final class PermitGroups {

    /** The permits of one year, kind, sex, applicant and coordinator flag in one file. */
    record Group(int ar, String tillstand, String kon, String sokandePart, boolean viaRegionkoordinator, String fileName,
            String sha256, String sheetName, int minRow, int maxRow, String columnName, long rows) {
    }

    private final List<Group> groups;
    /** Distinct persons per {@code year|kon} and per {@code year|} (both sexes). */
    private final Map<String, Long> persons;

    PermitGroups(List<Group> groups, Map<String, Long> persons) {
        this.groups = List.copyOf(groups);
        this.persons = Map.copyOf(persons);
    }

    static String personKey(int year, String kon) {
        return year + "|" + (kon == null ? "" : kon);
    }

    /** Permits of one kind granted in {@code year}; {@code kon} null for all. */
    TillstandCounts.Count permits(int year, String tillstand, String kon) {
        return rows(year, g -> g.tillstand().equals(tillstand) && (kon == null || kon.equals(g.kon())));
    }

    /** Distinct persons holding any permit granted in {@code year}; {@code kon} null for all. */
    TillstandCounts.Count persons(int year, String kon) {
        TillstandCounts.Count matched = rows(year, g -> kon == null || kon.equals(g.kon()));
        if (matched.amount() == null || matched.amount().signum() == 0) {
            return matched;
        }
        Long distinct = persons.get(personKey(year, kon));
        if (distinct == null) {
            throw new IllegalStateException("the persons were not counted: TillstandCounts.groups(years, true)");
        }
        return new TillstandCounts.Count(BigDecimal.valueOf(distinct), matched.provenance());
    }

    /** Reflection-period permits by applicant ({@code null} for all); only those via a coordinator if asked. */
    TillstandCounts.Count reflectionPeriods(int year, String sokandePart, boolean viaRegionkoordinator) {
        return rows(year, g -> g.tillstand().equals(TillstandCounts.BETANKETID)
                && (sokandePart == null || sokandePart.equals(g.sokandePart()))
                && (!viaRegionkoordinator || g.viaRegionkoordinator()));
    }

    /**
     * The rows of {@code year} that match, counted, with their provenance per file. A year without any permit is
     * missing (null); a year with permits but none matching is a true zero, searched in the whole of its files.
     */
    private TillstandCounts.Count rows(int year, Predicate<Group> matching) {
        List<Group> ofYear = groups.stream().filter(g -> g.ar() == year).toList();
        if (ofYear.isEmpty()) {
            return new TillstandCounts.Count(null, List.of());
        }
        Map<String, Group> perFile = new LinkedHashMap<>();
        ofYear.stream().filter(matching).forEach(g -> perFile.merge(g.fileName() + "\n" + g.sha256(), g, PermitGroups::merge));
        if (perFile.isEmpty()) {
            List<Provenance> searched = ofYear.stream().map(g -> new Provenance(g.fileName(), g.sha256(), null, "inga rader",
                    "hela filen")).distinct().sorted(BY_FILE).toList();
            return new TillstandCounts.Count(BigDecimal.ZERO, searched);
        }
        long total = perFile.values().stream().mapToLong(Group::rows).sum();
        List<Provenance> provenance = perFile.values().stream().map(g -> new Provenance(g.fileName(), g.sha256(),
                g.sheetName(), g.minRow() == g.maxRow() ? String.valueOf(g.minRow())
                        : g.minRow() + "–" + g.maxRow() + " (" + g.rows() + " rader)", g.columnName()))
                .sorted(BY_FILE).toList();
        return new TillstandCounts.Count(BigDecimal.valueOf(total), provenance);
    }

    private static final Comparator<Provenance> BY_FILE = Comparator.comparing(Provenance::fileName)
            .thenComparing(Provenance::sha256);

    /** Two groups of one file as one: what MIN, MAX and COUNT over both groups' rows give. */
    private static Group merge(Group a, Group b) {
        return new Group(a.ar(), a.tillstand(), a.kon(), a.sokandePart(), a.viaRegionkoordinator(), a.fileName(), a.sha256(),
                min(a.sheetName(), b.sheetName()), Math.min(a.minRow(), b.minRow()), Math.max(a.maxRow(), b.maxRow()),
                min(a.columnName(), b.columnName()), a.rows() + b.rows());
    }

    /** SQL's MIN: nulls left out. */
    private static String min(String a, String b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }
}
