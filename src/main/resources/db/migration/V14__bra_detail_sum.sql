-- What each file's detail rows add up to, per statute and year: the marts, the checks and every output read these
-- few rows instead of summing the detail table (millions of rows a year) again each time. The load step keeps them
-- in the same transaction as the rows (BraFactSink), so they always agree with what is loaded, restarts included;
-- the detail stays for lineage and for questions the marts do not ask yet.
CREATE TABLE bra_detail_sum (
    source_file_id  BIGINT        NOT NULL,
    lagrum          VARCHAR(40)   NOT NULL,
    ar              INTEGER       NOT NULL,
    antal           BIGINT        NOT NULL,
    row_count       BIGINT        NOT NULL,
    min_row         INTEGER       NOT NULL,
    max_row         INTEGER       NOT NULL,
    sheet_name      VARCHAR(200),
    column_name     VARCHAR(200)  NOT NULL,
    PRIMARY KEY (source_file_id, lagrum, ar)
);
INSERT INTO bra_detail_sum (source_file_id, lagrum, ar, antal, row_count, min_row, max_row, sheet_name, column_name)
    SELECT source_file_id, lagrum, ar, SUM(antal), COUNT(*), MIN(row_no), MAX(row_no), MIN(sheet_name), MIN(column_name)
      FROM bra_detail_count
     GROUP BY source_file_id, lagrum, ar;
