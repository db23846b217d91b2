-- A detail row's sheet and count column are its file's: the detail layout reads one sheet and one count column per
-- file. They are kept once per file and statute-year, in bra_detail_sum (sheet_name, column_name) and source_file
-- (sheet_name), where the lineage reads them; the detail row keeps what is its own: its file and its row number.
-- Measured with COPY of the bench's 1,000,000 detail rows into PostgreSQL (psql): 0.73-0.77 s with the two columns,
-- 0.63-0.68 s without; the table 89 MB against 73 MB.
ALTER TABLE bra_detail_count DROP COLUMN sheet_name;
ALTER TABLE bra_detail_count DROP COLUMN column_name;
