-- The lineage of a coordinator cell names its files, never how many cases each gave it: one file is one police
-- region and year, and its count is a regional figure that the published tables hide when small. The column that
-- held those counts goes, with every count recorded in it before (explain reads old snapshots' lineage too).
ALTER TABLE cell_lineage DROP COLUMN antal;
