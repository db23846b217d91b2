package se.bilaga1.warehouse;

import java.util.List;

/**
 * The exact counts of year N's two regional tables, which share their rows (the police regions) and the regions'
 * totals: cases per region × exploateringsform and per region × sex. Sub-national counts of victims: nothing publishes
 * them as they are; the disclosure boundary protects both tables together and makes the published tables of them.
 */
public record RegionalCounts(int year, List<String> regions, String sheet, List<String> formLabels, long[][] byForm,
        List<String> sexLabels, long[][] bySex, List<Provenance> provenance) {
}
