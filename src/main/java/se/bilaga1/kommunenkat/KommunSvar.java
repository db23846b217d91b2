package se.bilaga1.kommunenkat;

import se.bilaga1.ingest.YesNo;

/** One municipality's answers in one survey year. */
record KommunSvar(int ar, String kommunkod, boolean besvarad, YesNo styrdokumentPmh, YesNo styrdokumentBarn,
        Kunskapsstod kunskapsstodPmh, Kunskapsstod kunskapsstodBarn) {
}
