package se.bilaga1.kommunenkat;

import se.bilaga1.support.HeaderNames;

/** Whether a municipality offers its staff knowledge and method support, and how. */
enum Kunskapsstod {
    EGEN_REGI, SAMVERKANSAVTAL, NEJ, VET_EJ;

    /**
     * @return null for a blank cell
     * @throws IllegalArgumentException naming the vocabulary
     */
    public static Kunskapsstod parse(String raw) {
        String folded = HeaderNames.fold(raw).replace(",", "");
        if (folded.isEmpty()) {
            return null;
        }
        if (folded.matches("(ja_)?(i_)?egen_regi")) {
            return EGEN_REGI;
        }
        if (folded.matches("(ja_)?(genom_)?samverkansavtal")) {
            return SAMVERKANSAVTAL;
        }
        if (folded.equals("nej")) {
            return NEJ;
        }
        if (folded.equals("vet_ej") || folded.equals("vet_inte")) {
            return VET_EJ;
        }
        throw new IllegalArgumentException("'" + raw + "' is not an answer here: expected 'Ja, i egen regi',"
                + " 'Ja, genom samverkansavtal', 'Nej' or 'Vet ej'");
    }

    public boolean offered() {
        return this == EGEN_REGI || this == SAMVERKANSAVTAL;
    }
}
