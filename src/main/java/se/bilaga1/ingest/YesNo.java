package se.bilaga1.ingest;

import se.bilaga1.support.HeaderNames;

import java.util.Locale;

/** Yes/no answers: {@code Ja}/{@code Nej}/{@code Vet ej}, also {@code J}/{@code N}, {@code 1}/{@code 0}, {@code Yes}/{@code No}. */
public enum YesNo {
    JA, NEJ, VET_EJ;

    /**
     * @return null for a blank cell
     * @throws IllegalArgumentException naming the vocabulary, for any other text
     */
    public static YesNo parse(String raw) {
        String folded = HeaderNames.fold(raw).toLowerCase(Locale.ROOT);
        return switch (folded) {
            case "" -> null;
            case "ja", "j", "1", "yes", "y", "true", "sant" -> JA;
            case "nej", "n", "0", "no", "false", "falskt" -> NEJ;
            case "vet_ej", "vetej", "vet_inte", "okant" -> VET_EJ;
            default -> throw new IllegalArgumentException("'" + raw + "' is not a yes/no answer: expected Ja, Nej or Vet ej"
                    + " (also J/N, 1/0, Yes/No)");
        };
    }
}
