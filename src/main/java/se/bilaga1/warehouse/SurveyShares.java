package se.bilaga1.warehouse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Mart over the two municipal surveys: per survey year (and, for the breakdown, per police region or county)
 * a share's numerator and denominator, the municipalities that answered and the population asked. A municipality
 * that did not answer stays out of the denominator.
 */
@Repository
public class SurveyShares {

    /** The five shares of Figur 3–7: where they come from and what counts in numerator and denominator. */
    public enum Measure {
        STYRDOKUMENT_PMH(Survey.KOMMUNENKAT, "s.styrdokument_pmh = 'JA'", null, null, "styrdokument_prostitution_mh"),
        STYRDOKUMENT_BARN(Survey.KOMMUNENKAT, "s.styrdokument_barn = 'JA'", null, null,
                "styrdokument_sexuell_exploatering_barn"),
        KARTLAGGNING(Survey.BRA, "s.identifierat = TRUE", null, null, "prostitution_manniskohandel_identifierat"),
        KUNSKAPSSTOD_PMH(Survey.KOMMUNENKAT, "s.kunskapsstod_pmh IN ('EGEN_REGI','SAMVERKANSAVTAL')",
                "s.kunskapsstod_pmh = 'EGEN_REGI'", "s.kunskapsstod_pmh = 'SAMVERKANSAVTAL'", "kunskapsstod_prostitution_mh"),
        KUNSKAPSSTOD_BARN(Survey.KOMMUNENKAT, "s.kunskapsstod_barn IN ('EGEN_REGI','SAMVERKANSAVTAL')",
                "s.kunskapsstod_barn = 'EGEN_REGI'", "s.kunskapsstod_barn = 'SAMVERKANSAVTAL'",
                "kunskapsstod_sexuell_exploatering_barn");

        final Survey survey;
        final String numerator;
        final String ownOrganisation;
        final String agreement;
        final String column;

        Measure(Survey survey, String numerator, String ownOrganisation, String agreement, String column) {
            this.survey = survey;
            this.numerator = numerator;
            this.ownOrganisation = ownOrganisation;
            this.agreement = agreement;
            this.column = column;
        }

        public boolean hasSplit() {
            return ownOrganisation != null;
        }
    }

    /** The survey's table, who answered, and who is in the denominator. */
    enum Survey {
        KOMMUNENKAT("kommunenkat_svar", "s.besvarad = TRUE", "s.besvarad = TRUE"),
        // Indikator 2: of those (municipalities and city districts) that carried out a mapping
        BRA("bra_kartlaggning", "1 = 1", "s.genomfort_kartlaggning = TRUE");

        final String table;
        final String answered;
        final String denominator;

        Survey(String table, String answered, String denominator) {
            this.table = table;
            this.answered = answered;
            this.denominator = denominator;
        }
    }

    /** One share: for a year and a group ({@code null} = the whole country). */
    public record Share(int ar, String group, long numerator, long ownOrganisation, long agreement, long denominator,
            long respondingUnits, long respondingMunicipalities, long population, List<Provenance> provenance) {
    }

    /** How the breakdown groups municipalities. */
    public enum Grouping {
        RIKET(null), POLISREGION("k.polisregion"), LAN("k.lan");

        final String column;

        Grouping(String column) {
            this.column = column;
        }
    }

    private final JdbcTemplate jdbc;

    public SurveyShares(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The survey years in the warehouse from {@code from} to {@code to}. */
    public List<Integer> years(Measure measure, int from, int to) {
        return jdbc.queryForList("SELECT DISTINCT s.ar FROM " + measure.survey.table + " s JOIN source_file f ON"
                + " f.id = s.source_file_id WHERE f.status = 'LOADED' AND s.ar BETWEEN ? AND ? ORDER BY s.ar",
                Integer.class, from, to);
    }

    public List<Share> shares(Measure measure, Grouping grouping, int year) {
        Survey survey = measure.survey;
        String group = grouping.column == null ? "CAST(NULL AS VARCHAR(100))" : grouping.column;
        String sql = "SELECT " + group + " AS grp,"
                + " SUM(CASE WHEN " + survey.denominator + " AND " + measure.numerator + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + survey.denominator + " AND " + or0(measure.ownOrganisation) + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + survey.denominator + " AND " + or0(measure.agreement) + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + survey.denominator + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + survey.answered + " THEN 1 ELSE 0 END),"
                + " COUNT(DISTINCT CASE WHEN " + survey.answered + " THEN s.kommunkod END)"
                + " FROM " + survey.table + " s JOIN source_file f ON f.id = s.source_file_id"
                + " JOIN dim_kommun k ON k.kommunkod = s.kommunkod"
                + " WHERE f.status = 'LOADED' AND s.ar = ?"
                + (grouping.column == null ? "" : " GROUP BY " + grouping.column + " ORDER BY " + grouping.column);
        Map<String, Long> population = population(grouping);
        List<Provenance> provenance = provenance(measure, year);
        List<Share> shares = new ArrayList<>(jdbc.query(sql, (rs, i) -> new Share(year, rs.getString(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                population.getOrDefault(rs.getString(1) == null ? "" : rs.getString(1), 0L), provenance), year));
        if (grouping.column == null && !shares.isEmpty() && shares.get(0).respondingUnits() == 0
                && shares.get(0).denominator() == 0 && provenance.isEmpty()) {
            return List.of();
        }
        return shares;
    }

    /** Municipalities per group: the population a response rate is taken of. */
    private Map<String, Long> population(Grouping grouping) {
        Map<String, Long> population = new LinkedHashMap<>();
        if (grouping.column == null) {
            population.put("", jdbc.queryForObject("SELECT COUNT(*) FROM dim_kommun", Long.class));
            return population;
        }
        jdbc.query("SELECT " + grouping.column + ", COUNT(*) FROM dim_kommun k GROUP BY " + grouping.column,
                rs -> {
                    population.put(rs.getString(1), rs.getLong(2));
                });
        return population;
    }

    private List<Provenance> provenance(Measure measure, int year) {
        return jdbc.query("SELECT f.file_name, f.sha256, MIN(s.sheet_name), MIN(s.row_no), MAX(s.row_no), COUNT(*) FROM "
                + measure.survey.table + " s JOIN source_file f ON f.id = s.source_file_id WHERE f.status = 'LOADED'"
                + " AND s.ar = ? GROUP BY f.file_name, f.sha256 ORDER BY f.file_name",
                (rs, i) -> new Provenance(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4) + "–" + rs.getInt(5) + " (" + rs.getInt(6) + " rader)", measure.column),
                year);
    }

    private static String or0(String condition) {
        return condition == null ? "1 = 0" : condition;
    }

    /** Municipalities that said they did not answer, yet answered Ja somewhere: each with its file row. */
    public List<String> answeredJaWithoutAnswering() {
        return jdbc.query("SELECT s.ar, s.kommunkod, k.kommun, f.file_name, s.row_no FROM kommunenkat_svar s"
                + " JOIN source_file f ON f.id = s.source_file_id JOIN dim_kommun k ON k.kommunkod = s.kommunkod"
                + " WHERE f.status = 'LOADED' AND s.besvarad = FALSE AND (s.styrdokument_pmh = 'JA'"
                + " OR s.styrdokument_barn = 'JA' OR s.kunskapsstod_pmh IN ('EGEN_REGI','SAMVERKANSAVTAL')"
                + " OR s.kunskapsstod_barn IN ('EGEN_REGI','SAMVERKANSAVTAL')) ORDER BY s.ar, s.kommunkod",
                (rs, i) -> rs.getInt(1) + ": " + rs.getString(2) + " " + rs.getString(3) + " (" + rs.getString(4) + " rad "
                        + rs.getInt(5) + ")");
    }
}
