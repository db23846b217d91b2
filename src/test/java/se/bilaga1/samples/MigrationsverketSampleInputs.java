package se.bilaga1.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic generator of the Migrationsverket sample delivery in {@code input/migrationsverket/}.
 *
 * <p>{@value #CSV} is a SYNTHETIC decision-level extract: one row per granted residence permit under
 * 5 kap. 15 § utlänningslagen (extensions included), 2022–2024, made up row by row so that its counts reproduce
 * Tabell 5 (permits by kind and sex, and the persons in the table's note) and Tabell 6 (reflection-period permits
 * by applicant, of which via a regional coordinator) of <i>Arbete mot prostitution och människohandel i Sverige
 * 2024</i> exactly. Persons, dates, spellings and police regions are invented.
 *
 * <p>The file is written the way a Windows export arrives: Windows-1252, {@code ;}-separated, CRLF line ends,
 * no BOM, so that the default run exercises the non-UTF-8 path. Regenerate with
 * {@code mvn -B test -Dtest=MigrationsverketSampleInputsTest -Dsamples.write=true}.
 */
public final class MigrationsverketSampleInputs {

    public static final String CSV = "beviljade-uppehallstillstand-5-15-2022-2024.csv";

    public static final Charset CHARSET = Charset.forName("windows-1252");
    public static final String EOL = "\r\n";
    public static final String HEADER =
            "beslutsdatum;person_lopnr;lagrum;forlangning;kon;sokande_part;via_regionkoordinator;polisregion";

    /** Fixed seed: the file must come out byte-identical on every run. */
    public static final long SEED = 20250515L;

    /** Targets of one year: Tabell 5, the persons in its note, and Tabell 6. */
    public record YearTarget(int year,
                             int bevisKvinna, int bevisMan,
                             int betanketidKvinna, int betanketidMan,
                             int personerKvinna, int personerMan,
                             int betanketidAklagare, int betanketidPolis, int betanketidSocialnamnd,
                             int varavRegionkoordinator) {

        public int bevis() {
            return bevisKvinna + bevisMan;
        }

        public int betanketid() {
            return betanketidKvinna + betanketidMan;
        }

        public int tillstand() {
            return bevis() + betanketid();
        }

        public int personer() {
            return personerKvinna + personerMan;
        }
    }

    /**
     * The report's figures. bevisperson = 1 st., betänketid = 2 st. (both including extensions); persons from the
     * note under Tabell 5; applicants and "varav från regionkoordinator" from Tabell 6.
     */
    public static final List<YearTarget> TARGETS = List.of(
            //              year   bevisperson  betänketid  personer   betänketid by applicant   varav
            //                        K    M       K   M       K   M     Åkl  Polis  Socialnämnd  regionkoord.
            new YearTarget(2022,     22,  94,     12,  8,     30, 55,     5,   10,    5,          0),
            new YearTarget(2023,     16,  46,     14,  8,     29, 42,     6,    6,   10,          7),
            new YearTarget(2024,     14,  27,     23, 15,     30, 26,     8,   13,   17,         11));

    /** Social welfare boards could apply for reflection periods only from August 2022. */
    public static final LocalDate SOCIALNAMND_FROM = LocalDate.of(2022, 8, 1);

    /** In 2024 more than half of the 38 reflection-period permits are from police region Stockholm. */
    public static final int STOCKHOLM_BETANKETID_2024_MIN = 21;

    /** The year in which one person is given a chain of three permits. */
    public static final int THREE_PERMIT_YEAR = 2024;

    static final int MAX_PERMITS_PER_PERSON = 4;
    static final int MIN_DAYS_BETWEEN_PERMITS = 30;

    public static final String KVINNA = "Kvinna";
    public static final String MAN = "Man";

    public enum Kind {
        /** 5 kap. 15 § 2 st. UtL: reflection period. Listed first: a person's reflection period precedes a witness permit. */
        BETANKETID("5 kap. 15 § 2 st. UtL", "5 kap. 15 § andra stycket utlänningslagen", "andra stycket"),
        /** 5 kap. 15 § 1 st. UtL: witness (bevisperson). */
        BEVISPERSON("5 kap. 15 § 1 st. UtL", "5 kap. 15 § första stycket utlänningslagen", "första stycket");

        final String[] spellings;

        Kind(String... spellings) {
            this.spellings = spellings;
        }
    }

    public enum Applicant {
        AKLAGARMYNDIGHETEN("Åklagarmyndigheten", "åklagarmyndigheten"),
        POLISMYNDIGHETEN("Polismyndigheten", "Polisen"),
        SOCIALNAMND("Socialnämnd eller motsvarande", "socialnämnden");

        public final String canonical;
        final String variant;

        Applicant(String canonical, String variant) {
            this.canonical = canonical;
            this.variant = variant;
        }
    }

    /** Police regions and their weights when a person's region is drawn. */
    static final Map<String, Integer> POLISREGIONER = new LinkedHashMap<>();
    static {
        POLISREGIONER.put("Nord", 5);
        POLISREGIONER.put("Mitt", 6);
        POLISREGIONER.put("Bergslagen", 7);
        POLISREGIONER.put("Stockholm", 30);
        POLISREGIONER.put("Öst", 9);
        POLISREGIONER.put("Väst", 20);
        POLISREGIONER.put("Syd", 23);
    }

    /** Share (per mille) of rows whose applicant is written in its lower-case / short variant. */
    static final int VARIANT_PER_MILLE = 25;

    /** One row of the file. */
    public record Beslut(LocalDate beslutsdatum, String personLopnr, String lagrum, boolean forlangning,
                         String kon, String sokandePart, String viaRegionkoordinator, String polisregion) {
        String toCsv() {
            return String.join(";", beslutsdatum.toString(), personLopnr, lagrum, forlangning ? "Ja" : "Nej", kon,
                    sokandePart, viaRegionkoordinator, polisregion);
        }
    }

    /** Working state while a year is built. */
    private static final class Person {
        final String lopnr;
        final String kon;
        final List<Kind> kinds = new ArrayList<>();
        final List<Applicant> applicants = new ArrayList<>();
        final List<String> viaRk = new ArrayList<>();
        String region;

        Person(String lopnr, String kon) {
            this.lopnr = lopnr;
            this.kon = kon;
        }

        long betanketid() {
            return kinds.stream().filter(k -> k == Kind.BETANKETID).count();
        }
    }

    private MigrationsverketSampleInputs() {
    }

    public static void writeAll(Path dir) {
        try {
            Files.createDirectories(dir);
            writeCsv(dir.resolve(CSV));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeCsv(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append(EOL);
        for (Beslut p : permits()) {
            String line = p.toCsv();
            if (line.indexOf('"') >= 0 || line.chars().filter(ch -> ch == ';').count() != 7) {
                throw new IllegalStateException("field would need quoting: " + line);
            }
            sb.append(line).append(EOL);
        }
        Files.write(file, encode(sb.toString())); // Windows-1252, no BOM, CRLF
    }

    private static byte[] encode(String text) throws CharacterCodingException {
        CharsetEncoder enc = CHARSET.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb = enc.encode(CharBuffer.wrap(text));
        return Arrays.copyOf(bb.array(), bb.limit());
    }

    /** All rows, sorted by beslutsdatum then person_lopnr. */
    public static List<Beslut> permits() {
        Random rnd = new Random(SEED);
        Set<String> usedIds = new HashSet<>();
        List<Beslut> out = new ArrayList<>();
        for (YearTarget t : TARGETS) {
            out.addAll(year(t, rnd, usedIds));
        }
        out.sort(Comparator.comparing(Beslut::beslutsdatum).thenComparing(Beslut::personLopnr));
        return out;
    }

    private static List<Beslut> year(YearTarget t, Random rnd, Set<String> usedIds) {
        // 1. persons and their permits, per sex; every person holds at least one permit
        List<Person> persons = new ArrayList<>();
        persons.addAll(persons(t.year(), KVINNA, t.betanketidKvinna(), t.bevisKvinna(), t.personerKvinna(),
                t.year() == THREE_PERMIT_YEAR, rnd, usedIds));
        persons.addAll(persons(t.year(), MAN, t.betanketidMan(), t.bevisMan(), t.personerMan(), false, rnd,
                usedIds));
        for (Person p : persons) {
            Collections.sort(p.kinds); // reflection period(s) first, then witness permit(s)
        }

        // 2. applicants: exactly Tabell 6 for the reflection periods; prosecutor or police for the witnesses
        List<Applicant> betApplicants = new ArrayList<>();
        betApplicants.addAll(Collections.nCopies(t.betanketidAklagare(), Applicant.AKLAGARMYNDIGHETEN));
        betApplicants.addAll(Collections.nCopies(t.betanketidPolis(), Applicant.POLISMYNDIGHETEN));
        betApplicants.addAll(Collections.nCopies(t.betanketidSocialnamnd(), Applicant.SOCIALNAMND));
        if (betApplicants.size() != t.betanketid()) {
            throw new IllegalStateException(t.year() + ": Tabell 6 does not add up to Tabell 5");
        }
        Collections.shuffle(betApplicants, rnd);
        List<Boolean> viaRk = new ArrayList<>();
        viaRk.addAll(Collections.nCopies(t.varavRegionkoordinator(), true));
        viaRk.addAll(Collections.nCopies(t.betanketidSocialnamnd() - t.varavRegionkoordinator(), false));
        Collections.shuffle(viaRk, rnd);
        int nextBet = 0;
        int nextRk = 0;
        for (Person p : persons) {
            for (Kind k : p.kinds) {
                Applicant a = k == Kind.BETANKETID
                        ? betApplicants.get(nextBet++)
                        : rnd.nextInt(100) < 80 ? Applicant.AKLAGARMYNDIGHETEN : Applicant.POLISMYNDIGHETEN;
                p.applicants.add(a);
                p.viaRk.add(a != Applicant.SOCIALNAMND ? "" : viaRk.get(nextRk++) ? "Ja" : "Nej");
            }
        }

        // 3. police region, one per person; in 2024 most reflection periods are from Stockholm
        for (Person p : persons) {
            p.region = t.year() == 2024 && p.betanketid() > 0 && rnd.nextInt(100) < 55
                    ? "Stockholm" : weightedRegion(rnd);
        }
        if (t.year() == 2024) {
            for (Person p : persons) {
                if (stockholmBetanketid(persons) >= STOCKHOLM_BETANKETID_2024_MIN) {
                    break;
                }
                if (p.betanketid() > 0) {
                    p.region = "Stockholm";
                }
            }
        }

        // 4. dates (a chain at least a month apart) and rows
        List<Beslut> out = new ArrayList<>();
        for (Person p : persons) {
            boolean social2022 = t.year() == 2022 && p.applicants.contains(Applicant.SOCIALNAMND);
            LocalDate from = social2022 ? SOCIALNAMND_FROM : LocalDate.of(t.year(), 1, 1);
            List<LocalDate> dates = chain(from, LocalDate.of(t.year(), 12, 31), p.kinds.size(), rnd);
            for (int i = 0; i < p.kinds.size(); i++) {
                Kind k = p.kinds.get(i);
                Applicant a = p.applicants.get(i);
                String lagrum = spelling(k, rnd);
                String sokande = rnd.nextInt(1000) < VARIANT_PER_MILLE ? a.variant : a.canonical;
                out.add(new Beslut(dates.get(i), p.lopnr, lagrum, i > 0, p.kon, sokande, p.viaRk.get(i), p.region));
            }
        }
        return out;
    }

    private static List<Person> persons(int year, String kon, int betanketid, int bevis, int count,
                                        boolean oneWithThree, Random rnd, Set<String> usedIds) {
        List<Kind> kinds = new ArrayList<>();
        kinds.addAll(Collections.nCopies(betanketid, Kind.BETANKETID));
        kinds.addAll(Collections.nCopies(bevis, Kind.BEVISPERSON));
        if (kinds.size() < count || kinds.size() > count * MAX_PERMITS_PER_PERSON) {
            throw new IllegalStateException(year + " " + kon + ": " + kinds.size() + " permits for " + count
                    + " persons");
        }
        Collections.shuffle(kinds, rnd);
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person p = new Person(newLopnr(rnd, usedIds), kon);
            p.kinds.add(kinds.get(i));
            persons.add(p);
        }
        for (int i = count; i < kinds.size(); i++) {
            Person p;
            if (oneWithThree && i < count + 2) {
                p = persons.get(0); // a realistic extension chain: three permits in one year
            } else {
                do {
                    p = persons.get(rnd.nextInt(count));
                } while (p.kinds.size() >= MAX_PERMITS_PER_PERSON);
            }
            p.kinds.add(kinds.get(i));
        }
        return persons;
    }

    private static String newLopnr(Random rnd, Set<String> usedIds) {
        String id;
        do {
            id = "MV-" + (100000 + rnd.nextInt(900000));
        } while (!usedIds.add(id));
        return id;
    }

    /**
     * {@code n} weekdays in [from, to], ascending, about {@value #MIN_DAYS_BETWEEN_PERMITS} days apart or more
     * ({@code from} is a Monday or the first of January of a year, so no date moves before it).
     */
    private static List<LocalDate> chain(LocalDate from, LocalDate to, int n, Random rnd) {
        int span = (int) (to.toEpochDay() - from.toEpochDay()) + 1 - MIN_DAYS_BETWEEN_PERMITS * (n - 1);
        int[] offsets;
        do {
            offsets = new int[n];
            for (int i = 0; i < n; i++) {
                offsets[i] = rnd.nextInt(span);
            }
        } while (Arrays.stream(offsets).distinct().count() != n);
        Arrays.sort(offsets);
        List<LocalDate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(weekday(from.plusDays(offsets[i] + (long) i * MIN_DAYS_BETWEEN_PERMITS)));
        }
        return out;
    }

    /** Decisions are taken on weekdays: a weekend moves to the Monday after, or the Friday before at year end. */
    private static LocalDate weekday(LocalDate d) {
        int dow = d.getDayOfWeek().getValue(); // 6 = Saturday, 7 = Sunday
        if (dow < 6) {
            return d;
        }
        LocalDate monday = d.plusDays(8 - dow);
        return monday.getYear() == d.getYear() ? monday : d.minusDays(dow - 5);
    }

    /** Mostly the abbreviated form, sometimes spelled out, sometimes just the paragraph. */
    private static String spelling(Kind k, Random rnd) {
        int x = rnd.nextInt(100);
        return k.spellings[x < 60 ? 0 : x < 85 ? 1 : 2];
    }

    private static String weightedRegion(Random rnd) {
        int sum = POLISREGIONER.values().stream().mapToInt(Integer::intValue).sum();
        int x = rnd.nextInt(sum);
        for (Map.Entry<String, Integer> e : POLISREGIONER.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private static long stockholmBetanketid(List<Person> persons) {
        return persons.stream().filter(p -> p.region.equals("Stockholm")).mapToLong(Person::betanketid).sum();
    }
}
