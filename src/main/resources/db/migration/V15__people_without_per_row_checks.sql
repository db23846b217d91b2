-- The permits and the cases get V8's treatment. Measured with COPY into PostgreSQL on the bench's files: 200,000
-- permits took 1.25 s into the V2 table, 0.68 s without the foreign key to source_file (a trigger and an index
-- lookup per row), 0.31 s without the two secondary indexes as well, 0.16 s without the surrogate id (the floor's
-- bare table: 0.17 s); 50,000 cases 0.32 s into the V5 table, 0.11 s into the table below. The load step waited on
-- these COPYs for most of its time. What goes:
--  * the foreign key: the facts go with their file explicitly, through their source's FactSink.deleteFacts (a file
--    rejected, replaced, retired or left part-loaded) and WarehouseReset (a rebuild), as the Brå detail's do;
--  * the surrogate ids: nothing names a permit or a case by it; a fact is named by its file and row;
--  * the permits' (ar, tillstand) and (ar, person_lopnr) indexes: the marts read the permits of a few years whole,
--    grouped (a scan either way), and no query looks a person up by year;
--  * the cases' (ar) index, for the same reason.
-- The cases keep their key index (polisregion, ar, arende_id): a correction names a case by that key.
CREATE TABLE migrationsverket_permit_v15 (
    source_file_id         BIGINT        NOT NULL,
    beslutsdatum           DATE          NOT NULL,
    ar                     INTEGER       NOT NULL,
    person_lopnr           VARCHAR(100)  NOT NULL,
    tillstand              VARCHAR(20)   NOT NULL,
    forlangning            BOOLEAN,
    kon                    VARCHAR(10)   NOT NULL,
    sokande_part           VARCHAR(30),
    via_regionkoordinator  BOOLEAN,
    polisregion            VARCHAR(20),
    sheet_name             VARCHAR(200),
    row_no                 INTEGER       NOT NULL,
    column_name            VARCHAR(200)  NOT NULL
);
INSERT INTO migrationsverket_permit_v15 (source_file_id, beslutsdatum, ar, person_lopnr, tillstand, forlangning, kon,
        sokande_part, via_regionkoordinator, polisregion, sheet_name, row_no, column_name)
    SELECT source_file_id, beslutsdatum, ar, person_lopnr, tillstand, forlangning, kon, sokande_part,
           via_regionkoordinator, polisregion, sheet_name, row_no, column_name
      FROM migrationsverket_permit;
DROP TABLE migrationsverket_permit;
ALTER TABLE migrationsverket_permit_v15 RENAME TO migrationsverket_permit;

CREATE TABLE regionkoordinator_case_v15 (
    source_file_id                 BIGINT        NOT NULL,
    polisregion                    VARCHAR(20)   NOT NULL,
    ar                             INTEGER       NOT NULL,
    arende_id                      VARCHAR(60)   NOT NULL,
    kon                            VARCHAR(30)   NOT NULL,
    alder                          INTEGER,
    aldersgrupp                    VARCHAR(10)   NOT NULL,
    exploateringsform              VARCHAR(30)   NOT NULL,
    misstanke                      VARCHAR(30),
    bransch                        VARCHAR(60),
    hanvisande_aktor               VARCHAR(100),
    ursprungsland                  VARCHAR(100),
    upptackt_via_akc               BOOLEAN,
    narstaende_barn_i_sverige      INTEGER,
    narstaende_barn_i_annat_land   INTEGER,
    sheet_name                     VARCHAR(200),
    row_no                         INTEGER       NOT NULL
);
INSERT INTO regionkoordinator_case_v15 (source_file_id, polisregion, ar, arende_id, kon, alder, aldersgrupp,
        exploateringsform, misstanke, bransch, hanvisande_aktor, ursprungsland, upptackt_via_akc,
        narstaende_barn_i_sverige, narstaende_barn_i_annat_land, sheet_name, row_no)
    SELECT source_file_id, polisregion, ar, arende_id, kon, alder, aldersgrupp, exploateringsform, misstanke, bransch,
           hanvisande_aktor, ursprungsland, upptackt_via_akc, narstaende_barn_i_sverige, narstaende_barn_i_annat_land,
           sheet_name, row_no
      FROM regionkoordinator_case;
DROP TABLE regionkoordinator_case;
ALTER TABLE regionkoordinator_case_v15 RENAME TO regionkoordinator_case;
CREATE INDEX regionkoordinator_case_key ON regionkoordinator_case (polisregion, ar, arende_id);
