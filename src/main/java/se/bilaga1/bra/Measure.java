package se.bilaga1.bra;

/** What a Brå published table counts. */
enum Measure {
    /** Anmälda brott: Indikator 5, Tabell 7. */
    ANMALDA_BROTT,
    /** Lagföringsbeslut (fällande dom i tingsrätt, godkänt strafföreläggande, åtalsunderlåtelse): Indikator 6, Tabell 8. */
    LAGFORINGSBESLUT
}
