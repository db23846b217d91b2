package se.bilaga1.bench;


import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The regional coordinators' case files at bench scale, in the contract's layout and the sample's dialect
 * ({@code input/regionkoordinatorer/}): one xlsx per police region for {@value #YEAR} ({@code <region>-2024.xlsx},
 * sheet {@value #SHEET}), one row per case, {@code arende_id;polisregion;ar;kon;aldersgrupp;exploateringsform;
 * misstanke;bransch;hanvisande_aktor;ursprungsland;upptackt_via_akc;narstaende_barn_i_sverige;
 * narstaende_barn_i_annat_land}.
 *
 * <p>Exactly {@code cases} cases split over the seven regions by fixed weights. As in the sample, every other
 * region heads its columns the way a person types them ({@code Ärende-ID}, {@code Kön}, …) and has a title row
 * and a blank row above the header; forms and regions come in the sample's spellings; {@code ar} and the two
 * counts are numeric cells (a count of 0 is a blank cell), {@code bransch} is given for labour cases only. Every
 * case is invented (fixed seed).
 */
final class CoordinatorGenerator {

    static final long SEED = 20260214L;
    static final int YEAR = 2024;
    static final String SHEET = "Ärenden";

    /** File name, name as written, case-id prefix, weight (per cent). */
    record Region(String file, String label, String prefix, int weight) {
    }

    static final List<Region> REGIONS = List.of(new Region("nord", "Nord", "NO", 7), new Region("mitt", "Mitt", "MI", 7),
            new Region("bergslagen", "Bergslagen", "BE", 8), new Region("stockholm", "Stockholm", "ST", 30),
            new Region("ost", "Öst", "OS", 10), new Region("vast", "Väst", "VA", 22), new Region("syd", "Syd", "SY", 16));

    static final String[] CANONICAL = {"arende_id", "polisregion", "ar", "kon", "aldersgrupp", "exploateringsform",
            "misstanke", "bransch", "hanvisande_aktor", "ursprungsland", "upptackt_via_akc", "narstaende_barn_i_sverige",
            "narstaende_barn_i_annat_land"};
    static final String[] HUMAN = {"Ärende-ID", "Polisregion", "År", "Kön", "Åldersgrupp", "Exploateringsform",
            "Misstanke", "Bransch", "Hänvisande aktör", "Ursprungsland", "Upptäckt via AKC", "Närstående barn i Sverige",
            "Närstående barn i annat land"};

    private static final String[] KON = {"Kvinna", "Man", "Annan könsidentitet", "Okänt"};
    private static final int[] KON_W = {60, 37, 1, 2};
    private static final String[] ALDERSGRUPP = {"Vuxen", "Barn", "Okänd"};
    private static final int[] ALDERSGRUPP_W = {86, 6, 8};
    /** Forms with their spellings (canonical first) and weights; index 1 is labour. */
    private static final String[][] FORMS = {{"Sexuella ändamål", "Sexuell exploatering", "sexuella ändamål"},
            {"Arbetskraft", "Arbetskraftsexploatering"}, {"Kriminella ändamål", "Kriminalitet"}, {"Tiggeri"},
            {"Hushållsarbete"}, {"Tvångsäktenskap"}, {"Organhandel"}, {"Krigstjänstgöring"},
            {"Multipel exploatering", "Multipel"}, {"Annat"}, {"Ej redovisat", "Vet ej"}};
    private static final int[] FORMS_W = {38, 48, 2, 2, 1, 2, 1, 1, 2, 1, 2};
    private static final String[] MISSTANKE = {"Människohandel", "Människoexploatering"};
    private static final String[] BRANSCH = {"Hotell och restaurang", "Bygg", "Grön näring", "Städ",
            "Skönhet och kroppsvård", "Livsmedel/jordbruk/fiske/djurhållning", "Biltvätt/bilverkstad",
            "Vård och omsorg/sociala tjänster", "Transport", "Industri", "Annat", "Vet ej"};
    private static final int[] BRANSCH_W = {32, 19, 17, 11, 8, 4, 2, 1, 1, 1, 2, 2};
    private static final String[] AKTOR = {"Egen uppsökande verksamhet", "Migrationsverket", "Polismyndigheten",
            "Civilsamhället", "Arbetsmiljöverket", "Socialtjänsten", "Annan myndighet", "Skatteverket", "Vet ej",
            "Hälso- och sjukvård"};
    private static final int[] AKTOR_W = {24, 22, 14, 9, 7, 6, 5, 5, 5, 3};
    private static final String[] LAND = {"Thailand", "Ukraina", "Sverige", "Colombia", "Filippinerna", "Rumänien",
            "Nigeria", "Vietnam", "Uzbekistan", "Kirgizistan", "Bangladesh", "Indien", "Marocko", "Polen", "Bulgarien",
            "Eritrea", "Somalia", "Afghanistan", "Syrien", "Irak", "Brasilien", "Kina", "Mongoliet", "Okänt"};

    private CoordinatorGenerator() {
    }

    static Path file(Path dir, Region r) {
        return dir.resolve(r.file() + "-" + YEAR + ".xlsx");
    }

    /** Cases per region: the weights' shares of {@code cases}, the remainder to the largest regions first. */
    static long[] split(long cases) {
        long[] n = new long[REGIONS.size()];
        long given = 0;
        for (int i = 0; i < n.length; i++) {
            n[i] = cases * REGIONS.get(i).weight() / 100;
            given += n[i];
        }
        List<Integer> order = new ArrayList<>(List.of(3, 5, 6, 4, 2, 0, 1)); // by weight, descending
        for (int i = 0; given < cases; i = (i + 1) % order.size(), given++) {
            n[order.get(i)]++;
        }
        return n;
    }

    /** Writes the seven files into {@code dir}; returns their paths. */
    static List<Path> write(Path dir, long cases) {
        long[] perRegion = split(cases);
        Random rnd = new Random(SEED);
        List<Path> out = new ArrayList<>();
        for (int ri = 0; ri < REGIONS.size(); ri++) {
            Region r = REGIONS.get(ri);
            boolean human = ri % 2 == 1;
            Path file = file(dir, r);
            try (BenchXlsx xlsx = new BenchXlsx(SHEET)) {
                if (human) {
                    xlsx.boldRow("Regionkoordinatorernas ärenden " + r.label() + " " + YEAR);
                    xlsx.blankRow();
                }
                xlsx.boldRow(human ? HUMAN : CANONICAL);
                int id = 0;
                for (long c = 0; c < perRegion[ri]; c++) {
                    id += 1 + (rnd.nextInt(10) == 0 ? 1 : 0); // ascending, with a few gaps
                    xlsx.row(caseRow(r, id, rnd));
                }
                xlsx.save(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.add(file);
        }
        return out;
    }

    private static Object[] caseRow(Region r, int id, Random rnd) {
        int form = pick(FORMS_W, rnd);
        String[] spellings = FORMS[form];
        int x = rnd.nextInt(100);
        String formText = spellings[x < 80 || spellings.length == 1 ? 0 : 1 + rnd.nextInt(spellings.length - 1)];
        boolean labour = form == 1;
        long barnSverige = rnd.nextInt(100) < 3 ? 1 + rnd.nextInt(3) : 0;
        long barnAnnatLand = rnd.nextInt(100) < 8 ? 1 + rnd.nextInt(3) : 0;
        return new Object[] {
                String.format("%s-%06d", r.prefix(), id),
                r.label(),
                YEAR,
                KON[pick(KON_W, rnd)],
                ALDERSGRUPP[pick(ALDERSGRUPP_W, rnd)],
                formText,
                MISSTANKE[rnd.nextInt(2)],
                labour ? BRANSCH[pick(BRANSCH_W, rnd)] : "",
                AKTOR[pick(AKTOR_W, rnd)],
                LAND[rnd.nextInt(LAND.length)],
                rnd.nextInt(100) < (labour ? 45 : 3) ? "Ja" : "Nej",
                barnSverige == 0 ? null : barnSverige,
                barnAnnatLand == 0 ? null : barnAnnatLand};
    }

    private static int pick(int[] weights, Random rnd) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = rnd.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }
}
