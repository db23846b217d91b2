package se.bilaga1.regionkoordinatorer;

/** One case as loaded, coded columns as their canonical codes. */
record Arende(String polisregion, int ar, String arendeId, String kon, Integer alder, String aldersgrupp,
        String exploateringsform, String misstanke, String bransch, String hanvisandeAktor, String ursprungsland,
        Boolean upptacktViaAkc, int narstaendeBarnISverige, int narstaendeBarnIAnnatLand) {
}
