package se.bilaga1.regionkoordinatorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.bilaga1.ingest.ColumnLayout;
import se.bilaga1.ingest.FileNameYear;
import se.bilaga1.ingest.HeaderMatch;
import se.bilaga1.reference.Polisregion;
import se.bilaga1.ingest.QuarantineEntry;
import se.bilaga1.ingest.RowOutcome;
import se.bilaga1.ingest.SheetRow;
import se.bilaga1.ingest.SourceRow;
import se.bilaga1.ingest.SwedishNumber;
import se.bilaga1.ingest.YesNo;

/**
 * One case per row. A value outside its column's vocabulary, an age that is not one, a police region other
 * than the file's, a year other than the file name's, or an arende_id already given in the same region and year
 * (the first one stays) sends the row to quarantine. Quarantine keeps only the offending cell, never the rest of
 * the case, and no reason quotes it.
 */
class ArendeLayout extends ColumnLayout {

    static final List<String> REQUIRED = List.of("arende_id", "polisregion", "ar", "kon", "exploateringsform");
    static final List<String> OPTIONAL = List.of("alder", "aldersgrupp", "misstanke", "bransch", "hanvisande_aktor",
            "ursprungsland", "upptackt_via_akc", "narstaende_barn_i_sverige", "narstaende_barn_i_annat_land");

    private final Polisregion fileRegion;
    /** The year(s) the file's name gives ({@code nord-2024.xlsx}), which every case's ar must agree with; or null. */
    private final FileNameYear.Span fileYears;
    private final Set<String> casesSeen;

    ArendeLayout(HeaderMatch header, Polisregion fileRegion, FileNameYear.Span fileYears, Set<String> casesSeen) {
        super("regionkoordinatorer.arenden", header);
        this.fileRegion = fileRegion;
        this.fileYears = fileYears;
        this.casesSeen = casesSeen;
    }

    @Override
    public RowOutcome interpret(SourceRow source) {
        SheetRow row = source.row();
        List<QuarantineEntry> errors = new ArrayList<>();
        String regionText = header.text(row, "polisregion");
        Optional<Polisregion> region = Polisregion.parse(regionText);
        if (region.isEmpty()) {
            errors.add(header.error("polisregion", regionText, "unknown police region: expected " + Polisregion.vocabulary()));
        } else if (fileRegion != null && region.get() != fileRegion) {
            errors.add(header.error("polisregion", regionText, "this file is region " + fileRegion.namn()
                    + "'s delivery: a case of region " + region.get().namn() + " does not belong in it"));
        }
        Integer ar = number(row, "ar", 1990, 2100, true, errors);
        String outside = ar == null || fileYears == null ? null : fileYears.outside("ar", ar);
        if (outside != null) {
            errors.add(header.error("ar", header.text(row, "ar"), outside));
        }
        Integer alder = number(row, "alder", 0, 120, false, errors);
        String aldersgrupp = alder != null ? (alder < 18 ? "BARN" : "VUXEN")
                : header.has("aldersgrupp") && !header.text(row, "aldersgrupp").isBlank()
                        ? coded(row, "aldersgrupp", Vocabulary.ALDERSGRUPP, errors) : "OKAND";
        String kon = coded(row, "kon", Vocabulary.KON, errors);
        String formText = header.text(row, "exploateringsform");
        Optional<Exploateringsform> form = Exploateringsform.parse(formText);
        if (form.isEmpty()) {
            errors.add(header.error("exploateringsform", formText, "exploateringsform: expected "
                    + Exploateringsform.vocabulary()));
        }
        String misstanke = optionalCoded(row, "misstanke", Vocabulary.MISSTANKE, errors);
        String bransch = optionalCoded(row, "bransch", Vocabulary.BRANSCH, errors);
        Boolean akc = akc(row, errors);
        Integer iSverige = number(row, "narstaende_barn_i_sverige", 0, 50, false, errors);
        Integer iAnnatLand = number(row, "narstaende_barn_i_annat_land", 0, 50, false, errors);
        String arendeId = header.text(row, "arende_id").strip();
        if (arendeId.isEmpty()) {
            errors.add(header.error("arende_id", "", "empty arende_id: every case needs its id"));
        }
        // the warehouse's widths: a longer value is a broken cell (and would fail the whole chunk's insert)
        text(row, "arende_id", 60, errors);
        String hanvisandeAktor = text(row, "hanvisande_aktor", 100, errors);
        String ursprungsland = text(row, "ursprungsland", 100, errors);
        if (errors.isEmpty() && !casesSeen.add(region.get().namn() + "|" + ar + "|" + arendeId)) {
            errors.add(header.error("arende_id", arendeId, "arende_id given twice for region " + region.get().namn() + " "
                    + ar + ": the first case stays"));
        }
        if (!errors.isEmpty()) {
            return new RowOutcome.Quarantined(source, errors);
        }
        return new RowOutcome.Loaded(source, List.of(new Arende(region.get().namn(), ar, arendeId, kon, alder, aldersgrupp,
                form.get().name(), misstanke, bransch, hanvisandeAktor, ursprungsland, akc,
                iSverige == null ? 0 : iSverige, iAnnatLand == null ? 0 : iAnnatLand)));
    }

    /**
     * upptackt_via_akc as true/false, null for blank or Vet ej. The reason never quotes the cell, as YesNo's own
     * message does: quarantine reasons are shown in the workbook unmasked, and a case's cells must not be.
     */
    private Boolean akc(SheetRow row, List<QuarantineEntry> errors) {
        String raw = header.text(row, "upptackt_via_akc");
        try {
            YesNo answer = YesNo.parse(raw);
            return answer == null || answer == YesNo.VET_EJ ? null : answer == YesNo.JA;
        } catch (IllegalArgumentException e) {
            errors.add(header.error("upptackt_via_akc", raw, "upptackt_via_akc: expected Ja, Nej or Vet ej"
                    + " (also J/N, 1/0, Yes/No)"));
            return null;
        }
    }

    private String coded(SheetRow row, String column, Vocabulary vocabulary, List<QuarantineEntry> errors) {
        String raw = header.text(row, column);
        Optional<String> code = vocabulary.parse(raw);
        if (code.isEmpty()) {
            errors.add(header.error(column, raw, vocabulary.expected()));
            return null;
        }
        return code.get();
    }

    private String optionalCoded(SheetRow row, String column, Vocabulary vocabulary, List<QuarantineEntry> errors) {
        return header.text(row, column).isBlank() ? null : coded(row, column, vocabulary, errors);
    }

    private Integer number(SheetRow row, String column, int min, int max, boolean required, List<QuarantineEntry> errors) {
        String raw = header.text(row, column).strip();
        if (raw.isEmpty() || (column.equals("alder") && raw.matches("(?i)ok(ä|a)nd|vet ej|\\.\\."))) {
            if (required) {
                errors.add(header.error(column, raw, "blank: " + column + " is required"));
            }
            return null;
        }
        try {
            int value = SwedishNumber.parseCount(raw).value().intValueExact();
            if (value >= min && value <= max) {
                return value;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        errors.add(header.error(column, raw, "expected a whole number " + min + "–" + max));
        return null;
    }
}
