-- Brå's detail extract is the one fact table that grows to millions of rows a year (issue 9). Measured with COPY
-- of 1,000,000 rows into PostgreSQL (bench/README.md): 8.9 s into the V1 table, 3.6 s without the foreign key to
-- source_file (a trigger and an index lookup per row), 1.9 s without the (lagrum, ar) index as well, 0.8 s
-- without the surrogate id. The table keeps its provenance (file, sheet, row, column) and loses the three:
--  * no foreign key: the facts still go with their file, explicitly (BraFactSink.deleteFacts when a file is
--    rejected, replaced or retired; WarehouseReset and SourceFileRegistry.deleteUnfinished, which had relied on
--    the cascade, delete the detail rows first);
--  * no (lagrum, ar) index: the marts read the whole table (GROUP BY lagrum, ar), never a few keys;
--  * no id: a detail fact is named by its provenance, source_file_id + row_no.
CREATE TABLE bra_detail_count_v8 (
    source_file_id  BIGINT        NOT NULL,
    ar              INTEGER       NOT NULL,
    manad           INTEGER,
    kommunkod       VARCHAR(4),
    lagrum          VARCHAR(40)   NOT NULL,
    antal           BIGINT        NOT NULL,
    sheet_name      VARCHAR(200),
    row_no          INTEGER       NOT NULL,
    column_name     VARCHAR(200)  NOT NULL
);
INSERT INTO bra_detail_count_v8 (source_file_id, ar, manad, kommunkod, lagrum, antal, sheet_name, row_no, column_name)
    SELECT source_file_id, ar, manad, kommunkod, lagrum, antal, sheet_name, row_no, column_name FROM bra_detail_count;
DROP TABLE bra_detail_count;
ALTER TABLE bra_detail_count_v8 RENAME TO bra_detail_count;
