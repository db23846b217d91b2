package se.bilaga1.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Migrationsverket's decision-level extract of permits under 5 kap. 15 § UtL at bench scale, in the contract's
 * layout and the sample's dialect ({@code input/migrationsverket/}): {@code beslutsdatum;person_lopnr;lagrum;
 * forlangning;kon;sokande_part;via_regionkoordinator;polisregion}, Windows-1252, CRLF, no BOM.
 *
 * <p>Exactly {@code permits} rows spread evenly over the days of {@value #FIRST_YEAR}–{@value #LAST_YEAR}, sorted
 * by date then person. About a third of the permits are extensions ({@code forlangning} Ja) of a person seen
 * earlier, who keeps sex and police region; {@code lagrum} in the sample's three spellings per paragraph, the
 * applicant now and then in a lower-case or short variant, {@code via_regionkoordinator} only for a social
 * welfare board. Deterministic (fixed seed).
 */
public final class MigrationsverketGenerator {

    static final long SEED = 20260515L;
    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2024;
    static final Charset CHARSET = Charset.forName("windows-1252");
    static final String EOL = "\r\n";
    static final String HEADER =
            "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;polisregion";

    private static final String[] BETANKETID = {"5 kap. 15 § 2 st. UtL", "5 kap. 15 § andra stycket utlänningslagen",
            "andra stycket"};
    private static final String[] BEVISPERSON = {"5 kap. 15 § 1 st. UtL", "5 kap. 15 § första stycket utlänningslagen",
            "första stycket"};
    private static final String[][] APPLICANTS = {{"Åklagarmyndigheten", "åklagarmyndigheten"},
            {"Polismyndigheten", "Polisen"}, {"Socialnämnd eller motsvarande", "socialnämnden"}};
    private static final String[] REGIONS = {"Nord", "Mitt", "Bergslagen", "Stockholm", "Öst", "Väst", "Syd"};
    private static final int[] REGION_WEIGHTS = {5, 6, 7, 30, 9, 20, 23};
    /** Persons an extension is drawn from: the most recent ones. */
    private static final int RECENT = 4096;

    private record Person(String lopnr, String kon, String region) {
    }

    private record Beslut(String lopnr, String line) {
    }

    private MigrationsverketGenerator() {
    }

    /** Writes the extract; returns the number of extensions (forlangning Ja). */
    public static long write(Path file, long permits) {
        Random rnd = new Random(SEED);
        LocalDate first = LocalDate.of(FIRST_YEAR, 1, 1);
        long days = ChronoUnit.DAYS.between(first, LocalDate.of(LAST_YEAR + 1, 1, 1));
        Person[] recent = new Person[RECENT];
        long persons = 0;
        long extensions = 0;
        var encoder = CHARSET.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), encoder), 1 << 16)) {
            w.write(HEADER);
            w.write(EOL);
            List<Beslut> day = new ArrayList<>();
            for (long d = 0; d < days; d++) {
                // an even spread: exactly `permits` rows over all days
                long count = (d + 1) * permits / days - d * permits / days;
                String date = first.plusDays(d).toString();
                day.clear();
                for (long i = 0; i < count; i++) {
                    boolean extension = persons > 0 && rnd.nextInt(100) < 35;
                    Person p;
                    if (extension) {
                        p = recent[(int) ((persons - 1 - rnd.nextInt((int) Math.min(persons, RECENT))) % RECENT)];
                        extensions++;
                    } else {
                        // a pseudonymous key: the person's number scrambled (7919 is prime to 10^7, so keys are unique)
                        String lopnr = String.format("MV-%07d", (persons * 7919L + 1234567L) % 10_000_000L);
                        p = new Person(lopnr, rnd.nextInt(100) < 62 ? "Kvinna" : "Man", region(rnd));
                        recent[(int) (persons % RECENT)] = p;
                        persons++;
                    }
                    day.add(new Beslut(p.lopnr(), line(date, p, extension, rnd)));
                }
                day.sort(Comparator.comparing(Beslut::lopnr));
                for (Beslut permit : day) {
                    w.write(permit.line());
                    w.write(EOL);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (persons > 10_000_000L) {
            throw new IllegalArgumentException("more persons than keys: " + persons);
        }
        return extensions;
    }

    private static String line(String date, Person p, boolean extension, Random rnd) {
        boolean betanketid = !extension ? rnd.nextInt(100) < 65 : rnd.nextInt(100) < 30;
        String[] spellings = betanketid ? BETANKETID : BEVISPERSON;
        int x = rnd.nextInt(100);
        String lagrum = spellings[x < 60 ? 0 : x < 85 ? 1 : 2];
        int applicant;
        if (betanketid) {
            int a = rnd.nextInt(100);
            applicant = a < 15 ? 0 : a < 75 ? 1 : 2;
        } else {
            applicant = rnd.nextInt(100) < 80 ? 0 : 1;
        }
        String sokande = APPLICANTS[applicant][rnd.nextInt(1000) < 25 ? 1 : 0];
        String viaRk = applicant == 2 ? (rnd.nextInt(100) < 40 ? "Ja" : "Nej") : "";
        return String.join(";", date, p.lopnr(), lagrum, extension ? "Ja" : "Nej", p.kon(), sokande, viaRk, p.region());
    }

    private static String region(Random rnd) {
        int x = rnd.nextInt(100);
        for (int i = 0; i < REGIONS.length; i++) {
            x -= REGION_WEIGHTS[i];
            if (x < 0) {
                return REGIONS[i];
            }
        }
        throw new IllegalStateException("weights must add up to 100");
    }
}
