package se.bilaga1.warehouse;

/**
 * Where a published figure comes from: the file (with its SHA-256), sheet, rows and column. {@code rows} is a
 * single row number or a range ({@code 2–341}) where a cell sums many rows.
 */
public record Provenance(String fileName, String sha256, String sheetName, String rows, String column) {

    public boolean isComplete() {
        return fileName != null && sha256 != null && rows != null && !rows.isBlank() && column != null && !column.isBlank();
    }

    /** {@code bra/x.xlsx, blad Anmälda brott, rad 9, kolumn F (2024)} */
    public String describe() {
        return fileName + (sheetName == null ? "" : ", blad " + sheetName) + ", rad " + rows + ", kolumn " + column;
    }
}
