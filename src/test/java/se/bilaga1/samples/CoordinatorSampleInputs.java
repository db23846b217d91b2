package se.bilaga1.samples;

import se.bilaga1.reference.Polisregion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Deterministic generator of the SYNTHETIC regional coordinators' case files in {@code input/regionkoordinatorer/}
 * and the analysts' corrections in {@code input/korrigeringar/}.
 *
 * <p>One xlsx per police region and year, 2021–2024 ({@code <region>-<year>.xlsx}, 28 files, sheet
 * {@value #SHEET}), one row per case, i.e. per person the coordinators assessed as a presumed victim. Every
 * person is invented. The rows are made up so that, counting one case per row, they reproduce Tabell 1 (form ×
 * year) and Tabell 2 (sex × adult/child × year) of <i>Arbete mot prostitution och människohandel i Sverige
 * 2024</i> exactly, and for 2024 every figure of the coordinators' own statistics report (form × sex × age,
 * industries, referring actors, countries of origin, cases found through the multi-agency work against
 * work-related crime (AKC), suspicion, related children). Where the report gives no figure the values here are
 * chosen ({@link #FORM_GROUP} for the earlier years, the other-country draws, regions, …) and only have to be
 * plausible and keep every printed margin.
 *
 * <p>2024 as delivered: 19 massage-parlour cases (women from Thailand, industry Skönhet och kroppsvård, region
 * Stockholm and Väst) are coded {@code Multipel exploatering}; {@value #KORRIGERINGAR_CSV} reclassifies them to
 * {@code Sexuella ändamål}, which is how the report counts them (raw 2024: Multipel 21, Sexuella ändamål 147;
 * after the corrections 2 and 166). {@code syd-2023.xlsx} ends with one exact duplicate of one of its rows, which
 * the pipeline quarantines: every count holds without it.
 *
 * <p>Regenerate with {@code mvn -B test -Dtest=CoordinatorSampleInputsTest -Dsamples.write=true}.
 */
public final class CoordinatorSampleInputs {

    public static final String REGION_DIR = "regionkoordinatorer";
    public static final String KORRIGERINGAR_DIR = "korrigeringar";
    public static final String KORRIGERINGAR_CSV = "korrigeringar-2024.csv";
    public static final String KORRIGERINGAR_HEADER = "id;kalla;nyckel;falt;nytt_varde;motivering;beslutad_av;datum";
    public static final String SHEET = "Ärenden";

    /** Fixed seed: the files must come out identical on every run. */
    public static final long SEED = 20250214L;

    public static final List<Integer> YEARS = List.of(2021, 2022, 2023, 2024);
    /** Up to this year the files carry {@code alder} (whole years); later ones {@code aldersgrupp}. */
    public static final int LAST_YEAR_WITH_ALDER = 2022;
    public static final int CORRECTION_YEAR = 2024;
    /** The file whose last data row repeats one of its rows exactly. */
    public static final String DUPLICATE_FILE = "syd-2023.xlsx";

    public static final String KVINNA = "Kvinna";
    public static final String MAN = "Man";
    public static final String ANNAN = "Annan könsidentitet";
    public static final String OKANT = "Okänt";
    public static final String MANNISKOHANDEL = "Människohandel";
    public static final String MANNISKOEXPLOATERING = "Människoexploatering";
    public static final String THAILAND = "Thailand";
    public static final String SKONHET = "Skönhet och kroppsvård";
    public static final String GRON_NARING = "Grön näring";
    public static final String HOTELL = "Hotell och restaurang";

    public static final String MIGRATIONSVERKET = "Migrationsverket";

    public static final String CORRECTION_REASON = "Thaimassage: registreras som sexuella ändamål som övriga ärenden "
            + "på thaimassagesalonger";
    public static final String CORRECTION_BY = "NSPM analysgrupp";
    public static final String CORRECTION_DATE = "2025-02-14";

    // ------------------------------------------------------------------ vocabularies

    /** The seven police regions: file name, name as written, case-id prefix, weight when a region is drawn. */
    public enum Region {
        NORD("nord", "Nord", "NO", 7),
        MITT("mitt", "Mitt", "MI", 7),
        BERGSLAGEN("bergslagen", "Bergslagen", "BE", 8),
        STOCKHOLM("stockholm", "Stockholm", "ST", 30),
        OST("ost", "Öst", "OS", 10),
        VAST("vast", "Väst", "VA", 22),
        SYD("syd", "Syd", "SY", 16);

        public final String fileName;
        public final String label;
        public final String prefix;
        final int weight;

        Region(String fileName, String label, String prefix, int weight) {
            this.fileName = fileName;
            this.label = label;
            this.prefix = prefix;
            this.weight = weight;
        }
    }

    /** Exploitation forms in Tabell 1 order; the first spelling is the canonical one, the rest what people type. */
    public enum Form {
        SEXUELLA("Sexuella ändamål", "Sexuell exploatering", "sexuella ändamål"),
        ARBETSKRAFT("Arbetskraft", "Arbetskraftsexploatering"),
        KRIMINELLA("Kriminella ändamål", "Kriminalitet"),
        TIGGERI("Tiggeri"),
        HUSHALLSARBETE("Hushållsarbete"),
        TVANGSAKTENSKAP("Tvångsäktenskap"),
        ORGANHANDEL("Organhandel"),
        KRIGSTJANSTGORING("Krigstjänstgöring"),
        MULTIPEL("Multipel exploatering", "Multipel"),
        ANNAT("Annat"),
        EJ_REDOVISAT("Ej redovisat", "Vet ej");

        public final List<String> spellings;

        Form(String... spellings) {
            this.spellings = List.of(spellings);
        }

        public String canonical() {
            return spellings.get(0);
        }
    }

    public enum Age { ADULT, UNKNOWN, CHILD }

    /** Sex × age of a case; the columns of {@link #FORM_GROUP}. */
    public enum Group {
        K(KVINNA, Age.ADULT), KU(KVINNA, Age.UNKNOWN), M(MAN, Age.ADULT), MU(MAN, Age.UNKNOWN),
        AK(ANNAN, Age.ADULT), OA(OKANT, Age.ADULT), OU(OKANT, Age.UNKNOWN),
        F(KVINNA, Age.CHILD), P(MAN, Age.CHILD), OB(OKANT, Age.CHILD);

        public final String kon;
        public final Age age;

        Group(String kon, Age age) {
            this.kon = kon;
            this.age = age;
        }
    }

    /** The columns, canonical name and the way a person heads them (both fold to the same key). */
    public enum Column {
        ARENDE_ID("arende_id", "Ärende-ID"),
        POLISREGION("polisregion", "Polisregion"),
        AR("ar", "År"),
        KON("kon", "Kön"),
        ALDER("alder", "Ålder"),
        ALDERSGRUPP("aldersgrupp", "Åldersgrupp"),
        EXPLOATERINGSFORM("exploateringsform", "Exploateringsform"),
        MISSTANKE("misstanke", "Misstanke"),
        BRANSCH("bransch", "Bransch"),
        HANVISANDE_AKTOR("hanvisande_aktor", "Hänvisande aktör"),
        URSPRUNGSLAND("ursprungsland", "Ursprungsland"),
        UPPTACKT_VIA_AKC("upptackt_via_akc", "Upptäckt via AKC"),
        NARSTAENDE_BARN_I_SVERIGE("narstaende_barn_i_sverige", "Närstående barn i Sverige"),
        NARSTAENDE_BARN_I_ANNAT_LAND("narstaende_barn_i_annat_land", "Närstående barn i annat land");

        public final String canonical;
        public final String human;

        Column(String canonical, String human) {
            this.canonical = canonical;
            this.human = human;
        }

        public static List<Column> forYear(int year) {
            List<Column> out = new ArrayList<>(List.of(values()));
            out.remove(year <= LAST_YEAR_WITH_ALDER ? ALDERSGRUPP : ALDER);
            return out;
        }
    }

    public static final List<String> BRANSCHER = List.of(HOTELL, "Bygg", GRON_NARING, "Städ", SKONHET,
            "Livsmedel/jordbruk/fiske/djurhållning", "Biltvätt/bilverkstad", "Vård och omsorg/sociala tjänster",
            "Transport", "Industri", "Annat", "Vet ej");

    public static final String EGEN = "Egen uppsökande verksamhet";
    public static final String POLIS = "Polismyndigheten";
    public static final String CIVIL = "Civilsamhället";
    public static final String ARBETSMILJOVERKET = "Arbetsmiljöverket";
    public static final String SOCIALTJANSTEN = "Socialtjänsten";
    public static final String ANNAN_MYNDIGHET = "Annan myndighet";
    public static final String SKATTEVERKET = "Skatteverket";
    public static final String HALSO = "Hälso- och sjukvård";
    public static final String VET_EJ = "Vet ej";

    // ------------------------------------------------------------------ THE TARGETS

    /** Tabell 1 as printed, rows in {@link Form} order, columns 2021–2024 (after the corrections). */
    public static final int[][] TABELL_1 = {
            {249, 174, 182, 166}, // Sexuella ändamål
            {145, 130, 189, 233}, // Arbetskraft
            {10, 17, 16, 3},      // Kriminella ändamål
            {34, 16, 8, 2},       // Tiggeri
            {0, 6, 5, 6},         // Hushållsarbete
            {8, 8, 8, 6},         // Tvångsäktenskap
            {0, 0, 1, 1},         // Organhandel
            {1, 0, 0, 0},         // Krigstjänstgöring
            {27, 7, 3, 2},        // Multipel exploatering
            {0, 0, 1, 0},         // Annat
            {16, 17, 1, 11},      // Ej redovisat
    };

    /**
     * Tabell 2 as printed, columns 2021–2024: Vuxna Kvinnor, Män, Annan könsidentitet, Okänt; Barn Flickor,
     * Pojkar, Okänt. Persons of unknown age are counted among the adults.
     */
    public static final int[][] TABELL_2 = {
            {289, 192, 234, 255}, // Vuxna / Kvinnor
            {142, 116, 139, 152}, // Vuxna / Män
            {0, 2, 2, 0},         // Vuxna / Annan könsidentitet
            {5, 11, 4, 1},        // Vuxna / Okänt
            {32, 31, 13, 15},     // Barn / Flickor
            {21, 23, 21, 7},      // Barn / Pojkar
            {1, 0, 1, 0},         // Barn / Okänt
    };

    /**
     * Form × sex × age per year (after the corrections), rows in {@link Form} order, columns in {@link Group}
     * order. 2024 is the coordinators' report (Arbetskraft, Hushållsarbete, Kriminella ändamål, Multipel,
     * Organhandel as printed; Sexuella ändamål 147 adult women and 2 boys as printed, the rest chosen); the earlier
     * years are chosen to keep Tabell 1 and 2 and the report's shares of women in labour exploitation (21 % in
     * 2022, 30 % in 2023).
     */
    public static final Map<Integer, int[][]> FORM_GROUP = new TreeMap<>();
    static {
        FORM_GROUP.put(2021, new int[][] {
                //  K   KU    M  MU  AK  OA  OU   F   P  OB
                {208, 14, 4, 0, 0, 0, 0, 20, 2, 1},  // Sexuella ändamål 249
                {24, 4, 92, 15, 0, 0, 0, 2, 8, 0},   // Arbetskraft 145
                {0, 0, 4, 0, 0, 0, 0, 1, 5, 0},      // Kriminella ändamål 10
                {15, 2, 12, 1, 0, 0, 0, 2, 2, 0},    // Tiggeri 34
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Hushållsarbete 0
                {5, 0, 0, 0, 0, 0, 0, 3, 0, 0},      // Tvångsäktenskap 8
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Organhandel 0
                {0, 0, 1, 0, 0, 0, 0, 0, 0, 0},      // Krigstjänstgöring 1
                {12, 0, 9, 0, 0, 0, 0, 3, 3, 0},     // Multipel exploatering 27
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Annat 0
                {3, 2, 3, 1, 0, 0, 5, 1, 1, 0}});    // Ej redovisat 16
        FORM_GROUP.put(2022, new int[][] {
                //  K   KU    M  MU  AK  OA  OU   F   P  OB
                {135, 10, 3, 0, 2, 0, 0, 20, 4, 0},  // Sexuella ändamål 174
                {22, 3, 85, 12, 0, 0, 0, 2, 6, 0},   // Arbetskraft 130 (27 women/girls = 21 %)
                {0, 0, 5, 0, 0, 0, 2, 2, 8, 0},      // Kriminella ändamål 17
                {7, 0, 6, 0, 0, 1, 0, 1, 1, 0},      // Tiggeri 16
                {4, 0, 0, 0, 0, 0, 0, 2, 0, 0},      // Hushållsarbete 6
                {4, 0, 0, 0, 0, 0, 0, 3, 1, 0},      // Tvångsäktenskap 8
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Organhandel 0
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Krigstjänstgöring 0
                {3, 0, 2, 0, 0, 0, 0, 1, 1, 0},      // Multipel exploatering 7
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Annat 0
                {2, 2, 2, 1, 0, 2, 6, 0, 2, 0}});    // Ej redovisat 17
        FORM_GROUP.put(2023, new int[][] {
                //  K   KU    M  MU  AK  OA  OU   F   P  OB
                {150, 12, 4, 0, 2, 0, 0, 8, 5, 1},   // Sexuella ändamål 182
                {48, 6, 110, 14, 0, 0, 0, 3, 8, 0},  // Arbetskraft 189 (57 women/girls = 30 %)
                {2, 0, 5, 0, 0, 0, 2, 0, 7, 0},      // Kriminella ändamål 16
                {4, 0, 3, 0, 0, 1, 0, 0, 0, 0},      // Tiggeri 8
                {4, 0, 0, 0, 0, 0, 0, 1, 0, 0},      // Hushållsarbete 5
                {5, 0, 1, 0, 0, 0, 0, 1, 1, 0},      // Tvångsäktenskap 8
                {0, 0, 1, 0, 0, 0, 0, 0, 0, 0},      // Organhandel 1
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Krigstjänstgöring 0
                {2, 0, 1, 0, 0, 0, 0, 0, 0, 0},      // Multipel exploatering 3
                {1, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Annat 1
                {0, 0, 0, 0, 0, 0, 1, 0, 0, 0}});    // Ej redovisat 1
        FORM_GROUP.put(2024, new int[][] {
                //  K   KU    M  MU  AK  OA  OU   F   P  OB
                {147, 9, 2, 0, 0, 0, 0, 6, 2, 0},    // Sexuella ändamål 166 (19 of the women via the corrections)
                {69, 8, 132, 15, 0, 0, 1, 4, 4, 0},  // Arbetskraft 233 (as printed)
                {2, 0, 1, 0, 0, 0, 0, 0, 0, 0},      // Kriminella ändamål 3 (as printed)
                {1, 0, 1, 0, 0, 0, 0, 0, 0, 0},      // Tiggeri 2
                {5, 0, 0, 0, 0, 0, 0, 1, 0, 0},      // Hushållsarbete 6 (as printed)
                {3, 0, 0, 0, 0, 0, 0, 3, 0, 0},      // Tvångsäktenskap 6
                {1, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Organhandel 1 (as printed)
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Krigstjänstgöring 0
                {2, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Multipel exploatering 2 (as printed, after the corrections)
                {0, 0, 0, 0, 0, 0, 0, 0, 0, 0},      // Annat 0
                {3, 5, 1, 0, 0, 0, 0, 1, 1, 0}});    // Ej redovisat 11
    }

    /** 2024 massage-parlour cases coded Multipel exploatering by the regions: adults / unknown age; regions. */
    public static final int MASSAGE_ADULTS = 13;
    public static final int MASSAGE_UNKNOWN_AGE = 6;
    public static final int MASSAGE_STOCKHOLM = 14;
    public static final int MASSAGE_VAST = 5;
    /** Of the 10 sexual-purpose cases found through AKC in 2024, this many are massage cases. */
    public static final int MASSAGE_AKC = 4;

    /** A fixed number of cases of one country in one form × group cell (2024 only). */
    public record CountryQuota(String country, Form form, Group group, int n) {
    }

    /**
     * 2024 countries from the report: Thailand 59 (45 adults, 14 of unknown age; 38 sexual purposes incl. the 19
     * massage cases, 21 labour), Ukraina 33 (30/1 child/2), Sverige 27 (21/6 children), Colombia 21 (17/4
     * unknown), Filippinerna 20 (adults); Rumänien and Nigeria among the ten most common (chosen: 16 and 12, no
     * Romanian child); 4 children of unknown country. Every other country gets at most {@link #OTHER_COUNTRY_CAP}.
     * The massage cases (13 + 6 Thai women) come on top of the Thailand rows here.
     */
    public static final List<CountryQuota> COUNTRY_QUOTAS_2024 = List.of(
            new CountryQuota(THAILAND, Form.SEXUELLA, Group.K, 16),
            new CountryQuota(THAILAND, Form.SEXUELLA, Group.KU, 3),
            new CountryQuota(THAILAND, Form.ARBETSKRAFT, Group.K, 5),
            new CountryQuota(THAILAND, Form.ARBETSKRAFT, Group.KU, 1),
            new CountryQuota(THAILAND, Form.ARBETSKRAFT, Group.M, 11),
            new CountryQuota(THAILAND, Form.ARBETSKRAFT, Group.MU, 4),
            new CountryQuota("Ukraina", Form.ARBETSKRAFT, Group.K, 8),
            new CountryQuota("Ukraina", Form.ARBETSKRAFT, Group.M, 10),
            new CountryQuota("Ukraina", Form.SEXUELLA, Group.K, 9),
            new CountryQuota("Ukraina", Form.HUSHALLSARBETE, Group.K, 1),
            new CountryQuota("Ukraina", Form.EJ_REDOVISAT, Group.K, 1),
            new CountryQuota("Ukraina", Form.KRIMINELLA, Group.K, 1),
            new CountryQuota("Ukraina", Form.SEXUELLA, Group.F, 1),
            new CountryQuota("Ukraina", Form.ARBETSKRAFT, Group.MU, 1),
            new CountryQuota("Ukraina", Form.EJ_REDOVISAT, Group.KU, 1),
            new CountryQuota("Sverige", Form.SEXUELLA, Group.K, 15),
            new CountryQuota("Sverige", Form.KRIMINELLA, Group.K, 1),
            new CountryQuota("Sverige", Form.TVANGSAKTENSKAP, Group.K, 2),
            new CountryQuota("Sverige", Form.EJ_REDOVISAT, Group.K, 1),
            new CountryQuota("Sverige", Form.SEXUELLA, Group.M, 1),
            new CountryQuota("Sverige", Form.EJ_REDOVISAT, Group.M, 1),
            new CountryQuota("Sverige", Form.SEXUELLA, Group.F, 3),
            new CountryQuota("Sverige", Form.SEXUELLA, Group.P, 2),
            new CountryQuota("Sverige", Form.TVANGSAKTENSKAP, Group.F, 1),
            new CountryQuota("Colombia", Form.SEXUELLA, Group.K, 15),
            new CountryQuota("Colombia", Form.ARBETSKRAFT, Group.K, 2),
            new CountryQuota("Colombia", Form.EJ_REDOVISAT, Group.KU, 2),
            new CountryQuota("Colombia", Form.ARBETSKRAFT, Group.KU, 2),
            new CountryQuota("Filippinerna", Form.ARBETSKRAFT, Group.K, 12),
            new CountryQuota("Filippinerna", Form.ARBETSKRAFT, Group.M, 6),
            new CountryQuota("Filippinerna", Form.HUSHALLSARBETE, Group.K, 2),
            new CountryQuota("Rumänien", Form.ARBETSKRAFT, Group.M, 8),
            new CountryQuota("Rumänien", Form.ARBETSKRAFT, Group.K, 2),
            new CountryQuota("Rumänien", Form.SEXUELLA, Group.K, 4),
            new CountryQuota("Rumänien", Form.TIGGERI, Group.M, 1),
            new CountryQuota("Rumänien", Form.TIGGERI, Group.K, 1),
            new CountryQuota("Nigeria", Form.SEXUELLA, Group.K, 10),
            new CountryQuota("Nigeria", Form.HUSHALLSARBETE, Group.K, 1),
            new CountryQuota("Nigeria", Form.MULTIPEL, Group.K, 1),
            new CountryQuota(OKANT, Form.ARBETSKRAFT, Group.P, 2),
            new CountryQuota(OKANT, Form.EJ_REDOVISAT, Group.F, 1),
            new CountryQuota(OKANT, Form.EJ_REDOVISAT, Group.P, 1));

    /** Cap on any 2024 country outside the quotas (below Nigeria's 12, so Rumänien and Nigeria stay in the top ten). */
    public static final int OTHER_COUNTRY_CAP = 11;

    /** 2024 adults and unknown age outside the quotas: country → weight. */
    static final String OTHER_ADULT_COUNTRIES_2024 = "Vietnam:6,Bangladesh:5,Indien:5,Uzbekistan:5,Kina:5,"
            + "Bulgarien:5,Kirgizistan:4,Polen:4,Venezuela:4,Mongoliet:3,Sri Lanka:3,Nepal:3,Pakistan:3,Ungern:3,"
            + "Moldavien:3,Georgien:3,Marocko:3,Afghanistan:3,Syrien:3,Irak:3,Eritrea:3,Kenya:3,Uganda:3,Gambia:3,"
            + "Peru:3,Brasilien:3,Dominikanska republiken:3,Okänt:3,Litauen:2,Albanien:2,Iran:2,Somalia:2,Ghana:2,"
            + "Paraguay:2,Turkiet:2";
    /** 2024 children outside the quotas (no Romanian child, no further unknown country). */
    static final String OTHER_CHILD_COUNTRIES_2024 = "Afghanistan:4,Somalia:3,Eritrea:3,Marocko:3,Syrien:3,Irak:2,"
            + "Vietnam:2,Polen:1,Bulgarien:1,Albanien:1";

    /** Earlier years: adults (and unknown age) and children, country → weight. */
    static final Map<Integer, String[]> COUNTRY_WEIGHTS = Map.of(
            2021, new String[] {
                    "Rumänien:14,Nigeria:12,Thailand:8,Sverige:6,Bulgarien:5,Vietnam:4,Ungern:4,Polen:4,Kina:3,"
                            + "Uganda:3,Kenya:3,Marocko:3,Afghanistan:3,Okänt:3,Mongoliet:2,Venezuela:2,Brasilien:2,"
                            + "Colombia:2,Ukraina:2,Filippinerna:2,Bangladesh:2,Indien:2,Syrien:2,Eritrea:2,"
                            + "Somalia:2,Gambia:2,Litauen:1,Albanien:1",
                    "Rumänien:6,Sverige:6,Afghanistan:4,Marocko:4,Somalia:3,Syrien:3,Okänt:3,Eritrea:2,Nigeria:2,"
                            + "Vietnam:2,Bulgarien:2"},
            2022, new String[] {
                    "Rumänien:12,Ukraina:10,Nigeria:10,Thailand:8,Sverige:6,Bulgarien:5,Vietnam:4,Polen:3,Ungern:3,"
                            + "Kina:3,Uganda:3,Kenya:2,Marocko:3,Afghanistan:3,Okänt:3,Mongoliet:2,Venezuela:2,"
                            + "Colombia:3,Filippinerna:2,Bangladesh:3,Indien:2,Syrien:2,Eritrea:2,Gambia:2,"
                            + "Uzbekistan:2,Moldavien:2",
                    "Rumänien:6,Sverige:6,Ukraina:3,Afghanistan:4,Marocko:4,Somalia:3,Syrien:3,Okänt:3,Eritrea:2,"
                            + "Vietnam:2,Bulgarien:2"},
            2023, new String[] {
                    "Rumänien:11,Nigeria:10,Ukraina:8,Sverige:7,Thailand:6,Bulgarien:4,Vietnam:4,Colombia:4,"
                            + "Filippinerna:4,Bangladesh:4,Uzbekistan:3,Kirgizistan:3,Indien:3,Polen:3,Kina:3,"
                            + "Venezuela:3,Mongoliet:2,Ungern:2,Marocko:2,Afghanistan:2,Okänt:3,Uganda:2,Kenya:2,"
                            + "Georgien:2,Moldavien:2,Peru:2,Sri Lanka:2",
                    "Sverige:7,Rumänien:4,Afghanistan:4,Marocko:3,Somalia:3,Syrien:3,Okänt:3,Eritrea:2,Ukraina:2,"
                            + "Vietnam:2,Nigeria:1"});

    /** 2023: the berry-picking case in Nord (Åsele); this share (per cent) of adult Grön näring cases is from Thailand. */
    static final int THAI_BERRY_PICKERS_2023_PERCENT = 85;

    /** Industries of the labour cases: 2024 from the report, 2023 following its text, earlier years drawn. */
    public static final Map<Integer, Map<String, Integer>> BRANSCH_QUOTAS = Map.of(
            2024, counts(HOTELL, 74, "Bygg", 45, GRON_NARING, 39, "Städ", 25, SKONHET, 18,
                    "Livsmedel/jordbruk/fiske/djurhållning", 10, "Vet ej", 8, "Annat", 5, "Biltvätt/bilverkstad", 4,
                    "Vård och omsorg/sociala tjänster", 3, "Industri", 1, "Transport", 1),
            2023, counts(GRON_NARING, 70, "Bygg", 40, SKONHET, 25, "Städ", 20, "Biltvätt/bilverkstad", 8,
                    "Transport", 4, "Industri", 2, "Vet ej", 18, "Annat", 2));
    static final Map<String, Integer> BRANSCH_WEIGHTS = counts("Bygg", 20, "Städ", 15, GRON_NARING, 15, SKONHET, 12,
            HOTELL, 12, "Biltvätt/bilverkstad", 8, "Livsmedel/jordbruk/fiske/djurhållning", 5, "Transport", 4,
            "Industri", 3, "Vård och omsorg/sociala tjänster", 2, "Annat", 3, "Vet ej", 10);
    /** The 2024 Thai labour cases: women first, then men, take these industries in this order. */
    static final List<String> THAI_LABOUR_BRANSCH_2024 = expand(counts(SKONHET, 8, GRON_NARING, 10, HOTELL, 3));

    /** Cases found through AKC: labour (never a child) and sexual purposes (adults or unknown age). */
    public record AkcTarget(int labour, int sexual) {
        public int total() {
            return labour + sexual;
        }
    }

    public static final Map<Integer, AkcTarget> AKC = Map.of(
            2021, new AkcTarget(40, 3), 2022, new AkcTarget(45, 4), 2023, new AkcTarget(80, 6),
            2024, new AkcTarget(105, 10));

    /**
     * Referring actors, separately for the AKC cases (found at workplace inspections: the coordinators' own
     * outreach, the inspecting agencies) and the rest. 2024 totals as in the report (104, 97, 59, 38, and
     * Socialtjänsten sixth); 2023: the same first three, Socialtjänsten fourth, Civilsamhället about seven
     * percentage points below 2024. 2021–2022 chosen (the report's actor statistics start in 2023).
     */
    public static final Map<Integer, Map<String, Integer>> ACTORS_AKC = Map.of(
            2021, counts(EGEN, 18, ARBETSMILJOVERKET, 12, SKATTEVERKET, 5, POLIS, 6, ANNAN_MYNDIGHET, 2),
            2022, counts(EGEN, 20, ARBETSMILJOVERKET, 15, SKATTEVERKET, 6, POLIS, 6, ANNAN_MYNDIGHET, 2),
            2023, counts(EGEN, 35, ARBETSMILJOVERKET, 25, SKATTEVERKET, 12, POLIS, 10, ANNAN_MYNDIGHET, 4),
            2024, counts(EGEN, 45, ARBETSMILJOVERKET, 30, SKATTEVERKET, 20, POLIS, 15, ANNAN_MYNDIGHET, 5));
    public static final Map<Integer, Map<String, Integer>> ACTORS_OTHER = Map.of(
            2021, counts(EGEN, 110, MIGRATIONSVERKET, 95, POLIS, 90, SOCIALTJANSTEN, 60, CIVIL, 30,
                    ANNAN_MYNDIGHET, 17, HALSO, 20, VET_EJ, 25),
            2022, counts(EGEN, 70, MIGRATIONSVERKET, 70, POLIS, 65, SOCIALTJANSTEN, 45, CIVIL, 20,
                    ANNAN_MYNDIGHET, 15, HALSO, 16, VET_EJ, 25),
            2023, counts(EGEN, 80, MIGRATIONSVERKET, 85, POLIS, 60, SOCIALTJANSTEN, 45, ANNAN_MYNDIGHET, 16,
                    HALSO, 14, CIVIL, 8, VET_EJ, 20),
            2024, counts(EGEN, 59, MIGRATIONSVERKET, 97, POLIS, 44, CIVIL, 38, SOCIALTJANSTEN, 25,
                    ANNAN_MYNDIGHET, 17, HALSO, 15, VET_EJ, 20));

    /** Region Stockholm's cases referred by Migrationsverket (the report's figures; none fixed before 2023). */
    public static final Map<Integer, Integer> STOCKHOLM_MIGRATIONSVERKET = Map.of(2023, 13, 2024, 35);

    /** 2024 cases with suspicion of Människohandel per form (214 in all; every child is one of them). */
    public static final Map<Form, Integer> MANNISKOHANDEL_2024 = new EnumMap<>(Map.of(
            Form.SEXUELLA, 140, Form.ARBETSKRAFT, 54, Form.HUSHALLSARBETE, 3, Form.KRIMINELLA, 2, Form.MULTIPEL, 1,
            Form.ORGANHANDEL, 1, Form.TIGGERI, 1, Form.TVANGSAKTENSKAP, 6, Form.EJ_REDOVISAT, 6));
    /** Earlier years: chance (per cent) that an adult case is Människohandel, per form. */
    static final Map<Form, Integer> MANNISKOHANDEL_PERCENT = new EnumMap<>(Map.of(
            Form.SEXUELLA, 80, Form.ARBETSKRAFT, 30, Form.KRIMINELLA, 50, Form.TIGGERI, 45,
            Form.HUSHALLSARBETE, 50, Form.TVANGSAKTENSKAP, 90, Form.MULTIPEL, 60));

    /** Related children in Sweden and in another country: 2023 and 2024 from the report, earlier chosen. */
    public static final Map<Integer, int[]> RELATED_CHILDREN = Map.of(
            2021, new int[] {12, 40}, 2022, new int[] {7, 28}, 2023, new int[] {9, 33}, 2024, new int[] {8, 36});

    /** Files written with a title row and a blank row before the header: (region ordinal + year) even. */
    public static boolean hasTitle(Region r, int year) {
        return (r.ordinal() + year) % 2 == 0;
    }

    /** Files headed the way a person types (Ärende-ID, Kön, Ålder …): (region ordinal + year) divisible by 3. */
    public static boolean humanHeader(Region r, int year) {
        return (r.ordinal() + year) % 3 == 0;
    }

    /** Files that write the region as {@code Polisregion Syd}. */
    public static final List<String> POLISREGION_STYLE_FILES =
            List.of("syd-2021.xlsx", "nord-2022.xlsx", "bergslagen-2023.xlsx", "mitt-2024.xlsx");

    public static String fileName(Region r, int year) {
        return r.fileName + "-" + year + ".xlsx";
    }

    public static String title(Region r, int year) {
        return "Regionkoordinatorernas ärenden " + r.label + " " + year;
    }

    // ------------------------------------------------------------------ cases

    /** One case (row). {@code rawForm} is the form as the region delivered it, {@code form} after corrections. */
    public static final class Case {
        public final int year;
        public final Form form;
        public final Group group;
        public Form rawForm;
        public boolean massage;
        public Region region;
        public String id;
        public Integer alder;
        public String misstanke;
        public String bransch = "";
        public String aktor;
        public String land;
        public boolean akc;
        public int barnSverige;
        public int barnAnnatLand;

        Case(int year, Form form, Group group) {
            this.year = year;
            this.form = form;
            this.group = group;
            this.rawForm = form;
        }

        public String aldersgrupp() {
            return group.age == Age.ADULT ? "Vuxen" : group.age == Age.CHILD ? "Barn" : "Okänd";
        }

        boolean adultOrUnknown() {
            return group.age != Age.CHILD;
        }
    }

    /** A correction row of {@value #KORRIGERINGAR_CSV}. */
    public record Correction(String id, String nyckel) {
        public String toCsv() {
            return String.join(";", id, "regionkoordinatorer", nyckel, "exploateringsform",
                    Form.SEXUELLA.canonical(), CORRECTION_REASON, CORRECTION_BY, CORRECTION_DATE);
        }
    }

    /** Everything the generator decides: the cases, the files' spellings, the duplicate and the corrections. */
    public record Delivery(List<Case> cases, Map<String, FileStyle> styles, List<Correction> corrections) {
    }

    /** How one file is written. */
    public record FileStyle(Region region, int year, boolean title, boolean humanHeader, String polisregion,
                            Map<Form, String> spellings, Case duplicate) {
    }

    private CoordinatorSampleInputs() {
    }

    static {
        verifyTables();
    }

    // ------------------------------------------------------------------ writing

    /** Writes the 28 case files into {@code inputDir/regionkoordinatorer/} and the corrections file. */
    public static void writeAll(Path inputDir) {
        try {
            Delivery d = delivery();
            Path regions = Files.createDirectories(inputDir.resolve(REGION_DIR));
            for (FileStyle style : d.styles().values()) {
                List<Case> rows = d.cases().stream()
                        .filter(c -> c.year == style.year() && c.region == style.region())
                        .sorted(Comparator.comparing(c -> c.id))
                        .collect(Collectors.toList());
                writeCaseFile(regions.resolve(fileName(style.region(), style.year())), style, rows);
            }
            Path korr = Files.createDirectories(inputDir.resolve(KORRIGERINGAR_DIR));
            writeCorrections(korr.resolve(KORRIGERINGAR_CSV), d.corrections());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeCaseFile(Path file, FileStyle style, List<Case> rows) throws IOException {
        List<Column> columns = Column.forYear(style.year());
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReproducibleXlsx.fixProperties(wb);
            CellStyle bold = boldStyle(wb);
            Sheet sh = wb.createSheet(SHEET);
            int r = 0;
            if (style.title()) {
                textCell(sh.createRow(r), 0, title(style.region(), style.year()), bold);
                r += 2; // the row after the title stays blank
            }
            Row h = sh.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                textCell(h, c, style.humanHeader() ? columns.get(c).human : columns.get(c).canonical, bold);
            }
            List<Case> all = new ArrayList<>(rows);
            if (style.duplicate() != null) {
                all.add(style.duplicate()); // the same case once more, as the last data row
            }
            for (Case k : all) {
                Row row = sh.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    writeValue(row, c, columns.get(c), k, style);
                }
            }
            int[] widths = new int[columns.size()];
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(10, columns.get(c).human.length() + 2);
            }
            widths(sh, widths);
            ReproducibleXlsx.save(wb, file);
        }
    }

    private static void writeValue(Row row, int c, Column col, Case k, FileStyle style) {
        switch (col) {
            case ARENDE_ID -> textCell(row, c, k.id, null);
            case POLISREGION -> textCell(row, c, style.polisregion(), null);
            case AR -> row.createCell(c).setCellValue(k.year);
            case KON -> textCell(row, c, k.group.kon, null);
            case ALDER -> {
                if (k.alder != null) {
                    row.createCell(c).setCellValue(k.alder);
                }
            }
            case ALDERSGRUPP -> textCell(row, c, k.aldersgrupp(), null);
            case EXPLOATERINGSFORM -> textCell(row, c, style.spellings().get(k.rawForm), null);
            case MISSTANKE -> textCell(row, c, k.misstanke, null);
            case BRANSCH -> textCell(row, c, k.bransch, null);
            case HANVISANDE_AKTOR -> textCell(row, c, k.aktor, null);
            case URSPRUNGSLAND -> textCell(row, c, k.land, null);
            case UPPTACKT_VIA_AKC -> textCell(row, c, k.akc ? "Ja" : "Nej", null);
            case NARSTAENDE_BARN_I_SVERIGE -> countCell(row, c, k.barnSverige);
            case NARSTAENDE_BARN_I_ANNAT_LAND -> countCell(row, c, k.barnAnnatLand);
            default -> throw new IllegalStateException(col.name());
        }
    }

    static void writeCorrections(Path file, List<Correction> corrections) throws IOException {
        StringBuilder sb = new StringBuilder(KORRIGERINGAR_HEADER).append('\n');
        for (Correction k : corrections) {
            String line = k.toCsv();
            if (line.indexOf('"') >= 0 || line.chars().filter(ch -> ch == ';').count() != 7) {
                throw new IllegalStateException("field would need quoting: " + line);
            }
            sb.append(line).append('\n');
        }
        Files.write(file, sb.toString().getBytes(StandardCharsets.UTF_8)); // UTF-8, no BOM, LF
    }

    // ------------------------------------------------------------------ drawing the cases

    /** All cases of 2021–2024, the files' styles and the corrections: the same on every call. */
    public static Delivery delivery() {
        Random rnd = new Random(SEED);
        List<Case> all = new ArrayList<>();
        for (int year : YEARS) {
            all.addAll(year(year, rnd));
        }
        Map<String, FileStyle> styles = new LinkedHashMap<>();
        for (int year : YEARS) {
            for (Region r : Region.values()) {
                styles.put(fileName(r, year), style(r, year, all, rnd));
            }
        }
        List<Case> massage = all.stream().filter(c -> c.massage)
                .sorted(Comparator.comparing((Case c) -> c.region).thenComparing(c -> c.id))
                .collect(Collectors.toList());
        List<Correction> corrections = new ArrayList<>();
        for (Case c : massage) {
            String polisregion = styles.get(fileName(c.region, c.year)).polisregion();
            corrections.add(new Correction(String.format(Locale.ROOT, "K-%03d", corrections.size() + 1),
                    polisregion + "/" + c.year + "/" + c.id));
        }
        return new Delivery(all, styles, corrections);
    }

    private static FileStyle style(Region r, int year, List<Case> all, Random rnd) {
        String name = fileName(r, year);
        String polisregion = POLISREGION_STYLE_FILES.contains(name) ? "Polisregion " + r.label : r.label;
        Map<Form, String> spellings = new EnumMap<>(Form.class);
        for (Form f : Form.values()) {
            spellings.put(f, f.spellings.get(rnd.nextInt(f.spellings.size())));
        }
        boolean massageFile = all.stream().anyMatch(c -> c.massage && c.region == r && c.year == year);
        if (massageFile) {
            spellings.put(Form.MULTIPEL, Form.MULTIPEL.canonical()); // delivered as "Multipel exploatering"
        }
        Case duplicate = null;
        if (name.equals(DUPLICATE_FILE)) {
            List<Case> rows = all.stream().filter(c -> c.region == r && c.year == year)
                    .sorted(Comparator.comparing(c -> c.id)).collect(Collectors.toList());
            duplicate = rows.get(rnd.nextInt(rows.size()));
        }
        return new FileStyle(r, year, hasTitle(r, year), humanHeader(r, year), polisregion, spellings, duplicate);
    }

    private static List<Case> year(int year, Random rnd) {
        List<Case> cases = new ArrayList<>();
        int[][] table = FORM_GROUP.get(year);
        for (Form f : Form.values()) {
            for (Group g : Group.values()) {
                for (int i = 0; i < table[f.ordinal()][g.ordinal()]; i++) {
                    cases.add(new Case(year, f, g));
                }
            }
        }
        if (year == CORRECTION_YEAR) {
            massage(cases, rnd);
            countries2024(cases, rnd);
            bransch2024(cases, rnd);
        } else {
            bransch(cases, year, rnd);
            countries(cases, year, rnd);
        }
        akc(cases, year, rnd);
        actors(cases, year, rnd);
        regions(cases, year, rnd);
        misstanke(cases, year, rnd);
        ages(cases, year, rnd);
        relatedChildren(cases, year, rnd);
        ids(cases, year, rnd);
        verifyYear(cases, year);
        return cases;
    }

    /** The 19 Thai massage-parlour cases, delivered as Multipel exploatering. */
    private static void massage(List<Case> cases, Random rnd) {
        List<Case> chosen = new ArrayList<>();
        chosen.addAll(pick(cases, c -> c.form == Form.SEXUELLA && c.group == Group.K, MASSAGE_ADULTS, rnd));
        chosen.addAll(pick(cases, c -> c.form == Form.SEXUELLA && c.group == Group.KU, MASSAGE_UNKNOWN_AGE, rnd));
        for (Case c : chosen) {
            c.massage = true;
            c.rawForm = Form.MULTIPEL;
            c.land = THAILAND;
            c.bransch = SKONHET;
        }
        Collections.shuffle(chosen, rnd);
        for (int i = 0; i < chosen.size(); i++) {
            chosen.get(i).region = i < MASSAGE_STOCKHOLM ? Region.STOCKHOLM : Region.VAST;
        }
    }

    private static void countries2024(List<Case> cases, Random rnd) {
        for (CountryQuota q : COUNTRY_QUOTAS_2024) {
            for (Case c : pick(cases, k -> k.land == null && k.form == q.form() && k.group == q.group(), q.n(), rnd)) {
                c.land = q.country();
            }
        }
        Map<String, Integer> used = new HashMap<>();
        cases.stream().filter(c -> c.land != null).forEach(c -> used.merge(c.land, 1, Integer::sum));
        Map<String, Integer> adults = weights(OTHER_ADULT_COUNTRIES_2024);
        Map<String, Integer> children = weights(OTHER_CHILD_COUNTRIES_2024);
        for (Case c : cases) {
            if (c.land == null) {
                Map<String, Integer> w = c.group.age == Age.CHILD ? children : adults;
                String land;
                do {
                    land = weighted(w, rnd);
                } while (used.getOrDefault(land, 0) >= OTHER_COUNTRY_CAP);
                c.land = land;
                used.merge(land, 1, Integer::sum);
            }
        }
    }

    private static void countries(List<Case> cases, int year, Random rnd) {
        String[] w = COUNTRY_WEIGHTS.get(year);
        Map<String, Integer> adults = weights(w[0]);
        Map<String, Integer> children = weights(w[1]);
        for (Case c : cases) {
            if (year == 2023 && c.form == Form.ARBETSKRAFT && c.bransch.equals(GRON_NARING) && c.adultOrUnknown()
                    && rnd.nextInt(100) < THAI_BERRY_PICKERS_2023_PERCENT) {
                c.land = THAILAND;
            } else {
                c.land = weighted(c.group.age == Age.CHILD ? children : adults, rnd);
            }
        }
    }

    private static void bransch2024(List<Case> cases, Random rnd) {
        Map<String, Integer> left = new LinkedHashMap<>(BRANSCH_QUOTAS.get(CORRECTION_YEAR));
        List<Case> thai = cases.stream()
                .filter(c -> c.form == Form.ARBETSKRAFT && c.land.equals(THAILAND))
                .sorted(Comparator.comparing((Case c) -> !c.group.kon.equals(KVINNA))) // stable: women first
                .collect(Collectors.toList());
        for (int i = 0; i < thai.size(); i++) {
            String b = THAI_LABOUR_BRANSCH_2024.get(i);
            thai.get(i).bransch = b;
            left.merge(b, -1, Integer::sum);
        }
        List<Case> rest = cases.stream().filter(c -> c.form == Form.ARBETSKRAFT && c.bransch.isEmpty())
                .collect(Collectors.toList());
        deal(rest, left, rnd, (c, b) -> c.bransch = b);
    }

    private static void bransch(List<Case> cases, int year, Random rnd) {
        List<Case> labour = cases.stream().filter(c -> c.form == Form.ARBETSKRAFT).collect(Collectors.toList());
        Map<String, Integer> quotas = BRANSCH_QUOTAS.get(year);
        if (quotas != null) {
            deal(labour, quotas, rnd, (c, b) -> c.bransch = b);
        } else {
            labour.forEach(c -> c.bransch = weighted(BRANSCH_WEIGHTS, rnd));
        }
    }

    private static void akc(List<Case> cases, int year, Random rnd) {
        AkcTarget t = AKC.get(year);
        pick(cases, c -> c.form == Form.ARBETSKRAFT && c.adultOrUnknown(), t.labour(), rnd).forEach(c -> c.akc = true);
        int sexual = t.sexual();
        if (year == CORRECTION_YEAR) {
            pick(cases, c -> c.massage, MASSAGE_AKC, rnd).forEach(c -> c.akc = true);
            sexual -= MASSAGE_AKC;
        }
        pick(cases, c -> c.form == Form.SEXUELLA && !c.massage && c.group == Group.K, sexual, rnd)
                .forEach(c -> c.akc = true);
    }

    private static void actors(List<Case> cases, int year, Random rnd) {
        List<Case> akc = cases.stream().filter(c -> c.akc).collect(Collectors.toList());
        deal(akc, ACTORS_AKC.get(year), rnd, (c, a) -> c.aktor = a);

        Map<String, Integer> left = new LinkedHashMap<>(ACTORS_OTHER.get(year));
        // the massage cases were not referred by Migrationsverket: they go first, from the other actors
        List<Case> massage = cases.stream().filter(c -> !c.akc && c.massage).collect(Collectors.toList());
        for (Case c : massage) {
            Map<String, Integer> w = new LinkedHashMap<>(left);
            w.remove(MIGRATIONSVERKET);
            c.aktor = weighted(w, rnd);
            left.merge(c.aktor, -1, Integer::sum);
        }
        List<Case> rest = cases.stream().filter(c -> c.aktor == null).collect(Collectors.toList());
        deal(rest, left, rnd, (c, a) -> c.aktor = a);
    }

    private static void regions(List<Case> cases, int year, Random rnd) {
        if (year == 2023) {
            cases.stream().filter(c -> c.land.equals(THAILAND) && c.bransch.equals(GRON_NARING))
                    .forEach(c -> c.region = Region.NORD); // the berry pickers in Åsele
        }
        Map<String, Integer> all = new LinkedHashMap<>();
        Map<String, Integer> notStockholm = new LinkedHashMap<>();
        for (Region r : Region.values()) {
            all.put(r.name(), r.weight);
            if (r != Region.STOCKHOLM) {
                notStockholm.put(r.name(), r.weight);
            }
        }
        Integer stockholmMv = STOCKHOLM_MIGRATIONSVERKET.get(year);
        if (stockholmMv != null) {
            List<Case> mv = cases.stream().filter(c -> c.region == null && c.aktor.equals(MIGRATIONSVERKET))
                    .collect(Collectors.toList());
            Collections.shuffle(mv, rnd); // exactly stockholmMv of them from Stockholm, the rest elsewhere
            for (int i = 0; i < mv.size(); i++) {
                mv.get(i).region = i < stockholmMv ? Region.STOCKHOLM : Region.valueOf(weighted(notStockholm, rnd));
            }
        }
        for (Case c : cases) {
            if (c.region == null) {
                c.region = Region.valueOf(weighted(all, rnd));
            }
        }
    }

    private static void misstanke(List<Case> cases, int year, Random rnd) {
        for (Case c : cases) {
            if (c.group.age == Age.CHILD) {
                c.misstanke = MANNISKOHANDEL; // a child: no means required, trafficking
            }
        }
        if (year == CORRECTION_YEAR) {
            for (Form f : Form.values()) {
                int mh = MANNISKOHANDEL_2024.getOrDefault(f, 0);
                mh -= (int) cases.stream().filter(c -> c.form == f && c.misstanke != null).count();
                pick(cases, c -> c.form == f && c.misstanke == null, mh, rnd).forEach(c -> c.misstanke = MANNISKOHANDEL);
            }
        } else {
            for (Case c : cases) {
                if (c.misstanke == null && rnd.nextInt(100) < MANNISKOHANDEL_PERCENT.getOrDefault(c.form, 50)) {
                    c.misstanke = MANNISKOHANDEL;
                }
            }
        }
        cases.stream().filter(c -> c.misstanke == null).forEach(c -> c.misstanke = MANNISKOEXPLOATERING);
    }

    /** Whole years for the files that carry {@code alder}; blank (null) for unknown age. */
    private static void ages(List<Case> cases, int year, Random rnd) {
        if (year > LAST_YEAR_WITH_ALDER) {
            return;
        }
        for (Case c : cases) {
            switch (c.group.age) {
                case CHILD -> c.alder = c.form == Form.KRIMINELLA ? 13 + rnd.nextInt(5)
                        : rnd.nextInt(4) == 0 ? 10 + rnd.nextInt(5) : 15 + rnd.nextInt(3);
                case ADULT -> c.alder = switch (c.form) {
                    case SEXUELLA, MULTIPEL -> 18 + rnd.nextInt(10) + rnd.nextInt(18);
                    case ARBETSKRAFT -> 18 + rnd.nextInt(20) + rnd.nextInt(25);
                    case TIGGERI -> 19 + rnd.nextInt(25) + rnd.nextInt(25);
                    default -> 18 + rnd.nextInt(15) + rnd.nextInt(20);
                };
                default -> c.alder = null;
            }
        }
    }

    /** Related children of the victims, one at a time to random adults (at most three per case and place). */
    private static void relatedChildren(List<Case> cases, int year, Random rnd) {
        int[] t = RELATED_CHILDREN.get(year);
        List<Case> women = cases.stream().filter(c -> c.adultOrUnknown() && c.group.kon.equals(KVINNA))
                .collect(Collectors.toList());
        List<Case> adults = cases.stream().filter(Case::adultOrUnknown).collect(Collectors.toList());
        for (int i = 0; i < t[0]; ) {
            Case c = women.get(rnd.nextInt(women.size()));
            if (c.barnSverige < 3) {
                c.barnSverige++;
                i++;
            }
        }
        for (int i = 0; i < t[1]; ) {
            Case c = adults.get(rnd.nextInt(adults.size()));
            if (c.barnAnnatLand < 3) {
                c.barnAnnatLand++;
                i++;
            }
        }
    }

    /** Case ids per region: ascending numbers with a few gaps, handed out in random order. */
    private static void ids(List<Case> cases, int year, Random rnd) {
        for (Region r : Region.values()) {
            List<Case> mine = cases.stream().filter(c -> c.region == r).collect(Collectors.toList());
            int n = mine.size();
            List<Integer> numbers = new ArrayList<>();
            for (int i = 1; i <= n + Math.max(2, n / 5); i++) {
                numbers.add(i);
            }
            Collections.shuffle(numbers, rnd);
            List<Integer> chosen = new ArrayList<>(numbers.subList(0, n));
            Collections.sort(chosen);
            Collections.shuffle(mine, rnd);
            for (int i = 0; i < n; i++) {
                mine.get(i).id = String.format(Locale.ROOT, "%s-%04d", r.prefix, chosen.get(i));
            }
        }
    }

    // ------------------------------------------------------------------ checks of the generator's own output

    private static void verifyTables() {
        for (int y = 0; y < YEARS.size(); y++) {
            int year = YEARS.get(y);
            int[][] t = FORM_GROUP.get(year);
            int[] byGroup = new int[Group.values().length];
            for (Form f : Form.values()) {
                int sum = 0;
                for (Group g : Group.values()) {
                    sum += t[f.ordinal()][g.ordinal()];
                    byGroup[g.ordinal()] += t[f.ordinal()][g.ordinal()];
                }
                check(sum == TABELL_1[f.ordinal()][y], year + " " + f + ": " + sum + " ≠ Tabell 1");
            }
            int[] tabell2 = {
                    byGroup[Group.K.ordinal()] + byGroup[Group.KU.ordinal()],
                    byGroup[Group.M.ordinal()] + byGroup[Group.MU.ordinal()],
                    byGroup[Group.AK.ordinal()],
                    byGroup[Group.OA.ordinal()] + byGroup[Group.OU.ordinal()],
                    byGroup[Group.F.ordinal()], byGroup[Group.P.ordinal()], byGroup[Group.OB.ordinal()]};
            for (int i = 0; i < tabell2.length; i++) {
                check(tabell2[i] == TABELL_2[i][y], year + " Tabell 2 row " + i + ": " + tabell2[i]);
            }
        }
    }

    private static void verifyYear(List<Case> cases, int year) {
        for (Case c : cases) {
            check(c.region != null && c.id != null && c.land != null && c.aktor != null && c.misstanke != null,
                    year + ": incomplete case");
            check(c.form == Form.ARBETSKRAFT || c.massage || c.bransch.isEmpty(), year + ": bransch outside labour");
        }
        check(AKC.get(year).total() == cases.stream().filter(c -> c.akc).count(), year + ": AKC");
        Integer st = STOCKHOLM_MIGRATIONSVERKET.get(year);
        if (st != null) {
            check(st == cases.stream().filter(c -> c.region == Region.STOCKHOLM
                    && c.aktor.equals(MIGRATIONSVERKET)).count(), year + ": Stockholm via Migrationsverket");
        }
        for (Region r : Region.values()) {
            check(cases.stream().filter(c -> c.region == r).count() >= 10, year + " " + r + ": too few cases");
        }
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    // ------------------------------------------------------------------ drawing helpers

    /** {@code n} random cases matching {@code p}; fails if there are fewer. */
    private static List<Case> pick(List<Case> cases, Predicate<Case> p, int n, Random rnd) {
        List<Case> pool = cases.stream().filter(p).collect(Collectors.toList());
        if (pool.size() < n) {
            throw new IllegalStateException("need " + n + " cases, have " + pool.size());
        }
        Collections.shuffle(pool, rnd);
        return new ArrayList<>(pool.subList(0, n));
    }

    /** Hands out exactly the given counts of values to the cases, in random order. */
    private static void deal(List<Case> cases, Map<String, Integer> quotas,
                             Random rnd, java.util.function.BiConsumer<Case, String> set) {
        List<String> values = expand(quotas);
        if (values.size() != cases.size()) {
            throw new IllegalStateException(values.size() + " values for " + cases.size() + " cases");
        }
        Collections.shuffle(values, rnd);
        for (int i = 0; i < cases.size(); i++) {
            set.accept(cases.get(i), values.get(i));
        }
    }

    private static List<String> expand(Map<String, Integer> quotas) {
        List<String> out = new ArrayList<>();
        quotas.forEach((v, n) -> out.addAll(Collections.nCopies(n, v)));
        return out;
    }

    private static String weighted(Map<String, Integer> weights, Random rnd) {
        int sum = weights.values().stream().mapToInt(Integer::intValue).sum();
        int x = rnd.nextInt(sum);
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException();
    }

    /** {@code "A:3,B:2"} → ordered map. */
    private static Map<String, Integer> weights(String spec) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            int colon = part.lastIndexOf(':');
            out.put(part.substring(0, colon), Integer.parseInt(part.substring(colon + 1)));
        }
        return out;
    }

    /** (value, count) pairs as an ordered map. */
    private static Map<String, Integer> counts(Object... valueCounts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < valueCounts.length; i += 2) {
            out.put((String) valueCounts[i], (Integer) valueCounts[i + 1]);
        }
        return Collections.unmodifiableMap(out);
    }

    // ------------------------------------------------------------------ xlsx helpers (as in SurveySampleInputs)

    private static CellStyle boldStyle(XSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(bold);
        return style;
    }

    private static void textCell(Row row, int c, String value, CellStyle style) {
        if (value == null || value.isEmpty()) {
            return; // a blank value is no cell at all
        }
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** A count, blank for 0. */
    private static void countCell(Row row, int c, int n) {
        if (n > 0) {
            row.createCell(c).setCellValue(n);
        }
    }

    private static void widths(Sheet sh, int... chars) {
        for (int c = 0; c < chars.length; c++) {
            sh.setColumnWidth(c, chars[c] * 256);
        }
    }

    /** Writes the files under the given input directory (default {@code input}). */
    public static void main(String[] args) {
        writeAll(Path.of(args.length > 0 ? args[0] : "input"));
    }
}
