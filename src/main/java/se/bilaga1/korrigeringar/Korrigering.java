package se.bilaga1.korrigeringar;

import java.time.LocalDate;

/** One documented correction as delivered. */
record Korrigering(String id, String kalla, String nyckel, String falt, String nyttVarde, String motivering,
        String beslutadAv, LocalDate datum) {
}
