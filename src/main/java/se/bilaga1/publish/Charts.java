package se.bilaga1.publish;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import se.bilaga1.warehouse.PublishedTable;

/**
 * A figure's native Excel bar chart, beside its table and drawn from the table's own cells: one bar per survey
 * year, stacked where the share is split (own organisation + agreement).
 */
final class Charts {

    /**
     * Stacked bars need a 100 % overlap. XDDF's setOverlap needs a schema type that poi-ooxml-lite leaves out,
     * so the attribute is written through the XML cursor instead of pulling in the 20 MB full schemas.
     */
    private static void fullOverlap(XSSFChart chart) {
        var barChart = chart.getCTChart().getPlotArea().getBarChartArray(0);
        var overlap = barChart.isSetOverlap() ? barChart.getOverlap() : barChart.addNewOverlap();
        try (var cursor = overlap.newCursor()) {
            cursor.setAttributeText(new javax.xml.namespace.QName("val"), "100");
        }
    }

    static final int HEIGHT_ROWS = 16;
    private static final PresetColor[] SERIES_COLOURS = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE};
    private static final int WIDTH_COLUMNS = 8;

    private Charts() {
    }

    static void barChart(Sheet sheet, PublishedTable table, int topRow, int firstDataRow, int lastDataRow) {
        XSSFSheet xssf = (XSSFSheet) sheet;
        int stub = table.stubHeadings().size();
        int left = stub + table.columns().size() + 1;
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, topRow, left + WIDTH_COLUMNS, topRow + HEIGHT_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(table.tabell());
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis years = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis shares = chart.createValueAxis(AxisPosition.LEFT);
        shares.setCrosses(AxisCrosses.AUTO_ZERO);
        shares.setMinimum(0);
        shares.setNumberFormat(WorkbookWriter.SHARE_FORMAT.replace(".0", ""));

        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(xssf,
                new CellRangeAddress(firstDataRow, lastDataRow, 0, 0));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, years, shares);
        data.setBarDirection(BarDirection.COL);
        boolean stacked = table.chartSeries().size() > 1;
        if (stacked) {
            data.setBarGrouping(BarGrouping.STACKED);
        }
        int seriesNo = 0;
        for (String column : table.chartSeries()) {
            int col = stub + table.columns().indexOf(column);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(xssf,
                    new CellRangeAddress(firstDataRow, lastDataRow, col, col));
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
            series.setTitle(column, new CellReference(sheet.getSheetName(),
                    firstDataRow - 1, col, true, true));
            // without an explicit fill some readers (LibreOffice) draw the bars invisible
            series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[seriesNo++ % SERIES_COLOURS.length])));
        }
        data.setVaryColors(false);
        chart.plot(data);
        if (stacked) {
            fullOverlap(chart);
        }
    }
}
