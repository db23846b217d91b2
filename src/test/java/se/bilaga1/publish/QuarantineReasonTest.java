package se.bilaga1.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * A quarantined person's row is explained in fixed words only: the stored reasons that quote the row's region, year or
 * value map to a kind whose text quotes nothing of it.
 */
class QuarantineReasonTest {

    @Test
    void storedReasonsThatQuoteARowMapToFixedWords() {
        assertThat(QuarantineReason.of("arende_id given twice for region Syd 2023: the first case stays"))
                .isEqualTo(QuarantineReason.DUPLICATE);
        assertThat(QuarantineReason.of("this file is region Nord's delivery: a case of region Syd does not belong in it"))
                .isEqualTo(QuarantineReason.OTHER_REGION);
        assertThat(QuarantineReason.of("ar 2023 is not the year the file name nord-2024.xlsx gives: expected 2024 (a row of"
                + " another year belongs in a file of its own)")).isEqualTo(QuarantineReason.OTHER_YEAR);
        assertThat(QuarantineReason.of("'2024-02-30' is not a date: expected an ISO date such as 2024-03-05"))
                .isEqualTo(QuarantineReason.NOT_A_DATE);
        assertThat(QuarantineReason.of("kon: expected Kvinna, Man, Annan könsidentitet, Okänt"))
                .isEqualTo(QuarantineReason.OUTSIDE_VOCABULARY);
        assertThat(QuarantineReason.of("'XQZ' is not a yes/no answer: expected Ja, Nej or Vet ej"))
                .isEqualTo(QuarantineReason.OUTSIDE_VOCABULARY);
        assertThat(QuarantineReason.of("something nobody foresaw about Väst 2021")).isEqualTo(QuarantineReason.OTHER);
        assertThat(QuarantineReason.of(null)).isEqualTo(QuarantineReason.OTHER);
    }

    @Test
    void noTextHoldsAFigureARegionOrAQuote() {
        assertThat(Arrays.stream(QuarantineReason.values()).map(QuarantineReason::text)).allSatisfy(text -> assertThat(text)
                .doesNotContainPattern("(?<!UTF-)\\d").doesNotContain("'").doesNotContain("Syd").doesNotContain("Nord"));
        assertThat(QuarantineReason.sql("q.reason")).startsWith("CASE WHEN q.reason LIKE '%given twice%' THEN 'DUPLICATE'")
                .endsWith(" ELSE 'OTHER' END");
    }
}
