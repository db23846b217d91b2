package se.bilaga1.regionkoordinatorer;

import java.util.Arrays;
import java.util.Optional;

import se.bilaga1.support.HeaderNames;

/** The exploitation forms of Tabell 1, in the published order, with the spellings a coordinator would type. */
public enum Exploateringsform {
    SEXUELLA_ANDAMAL("Sexuella ändamål", "sexuella_andamal", "sexuell_exploatering", "sexuella", "sex"),
    ARBETSKRAFT("Arbetskraft", "arbetskraft", "arbetskraftsexploatering", "arbetskraftexploatering"),
    KRIMINELLA_ANDAMAL("Kriminella ändamål", "kriminella_andamal", "kriminalitet", "brottslighet"),
    TIGGERI("Tiggeri", "tiggeri"),
    HUSHALLSARBETE("Hushållsarbete", "hushallsarbete"),
    TVANGSAKTENSKAP("Tvångsäktenskap", "tvangsaktenskap"),
    ORGANHANDEL("Organhandel", "organhandel"),
    KRIGSTJANSTGORING("Krigstjänstgöring", "krigstjanstgoring"),
    MULTIPEL_EXPLOATERING("Multipel exploatering", "multipel_exploatering", "multipel"),
    ANNAT("Annat", "annat", "annan"),
    EJ_REDOVISAT("Ej redovisat", "ej_redovisat", "vet_ej", "okant", "uppgift_saknas");

    private final String label;
    private final String[] spellings;

    Exploateringsform(String label, String... spellings) {
        this.label = label;
        this.spellings = spellings;
    }

    public String label() {
        return label;
    }

    public static Optional<Exploateringsform> parse(String raw) {
        String folded = HeaderNames.fold(raw);
        return Arrays.stream(values()).filter(f -> Arrays.asList(f.spellings).contains(folded) || f.name().toLowerCase()
                .equals(folded)).findFirst();
    }

    public static String vocabulary() {
        return String.join(", ", Arrays.stream(values()).map(Exploateringsform::label).toList());
    }
}
