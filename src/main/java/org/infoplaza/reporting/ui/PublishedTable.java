package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;
import org.infoplaza.reporting.SuppressedTable;
import org.infoplaza.reporting.SuppressionReason;
import org.infoplaza.reporting.TableCsv;
import org.infoplaza.reporting.TableXlsx;

/**
 * A suppressed table as people read it: its rows with their totals and, under several rows, a totals row;
 * hidden cells show their mark ("<5", "x"), never a zero, and the legend explains the marks used.
 */
class PublishedTable extends Div {

    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final H3 title = new H3();
    final Grid<List<String>> grid = new Grid<>();
    final Div legend = new Div();
    final Anchor csv = new Anchor();
    final Anchor xlsx = new Anchor();

    private final String rowHeader;
    private final String totalHeader;

    PublishedTable(String titleText, String rowHeader, String totalHeader) {
        this.rowHeader = rowHeader;
        this.totalHeader = totalHeader;
        addClassName("published-table");
        title.setText(titleText);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        legend.addClassName("published-table-legend");
        csv.addClassName("csv-download");
        xlsx.addClassName("xlsx-download");
        Div downloads = new Div(csv, xlsx);
        downloads.addClassName("table-downloads");
        add(title, grid, legend, downloads);
    }

    /**
     * Shows the table, with CSV and XLSX downloads of exactly what is shown, named {@code fileStem}.csv and
     * {@code fileStem}.xlsx.
     */
    void show(SuppressedTable table, String fileStem) {
        List<List<String>> lines = TableCsv.lines(table, rowHeader, totalHeader);
        csv.setHref(file(() -> TableCsv.of(lines), fileStem + ".csv", CSV_TYPE), AttachmentType.DOWNLOAD);
        csv.setText(getTranslation("reporting.csv"));
        String sheet = title.getText();
        xlsx.setHref(file(() -> TableXlsx.of(sheet, lines), fileStem + ".xlsx", XLSX_TYPE),
                AttachmentType.DOWNLOAD);
        xlsx.setText(getTranslation("reporting.xlsx"));
        show(table);
    }

    /** A download written only when someone asks for it. */
    static DownloadHandler file(Supplier<byte[]> content, String name, String type) {
        return DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
        });
    }

    private void show(SuppressedTable table) {
        int columns = table.columnLabels().size();
        grid.removeAllColumns();
        grid.addColumn(row -> row.getFirst()).setHeader(rowHeader).setKey("row").setAutoWidth(true).setFrozen(true);
        for (int c = 0; c < columns; c++) {
            int index = c + 1;
            grid.addColumn(row -> row.get(index)).setHeader(table.columnLabels().get(c)).setKey("c" + c)
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        }
        grid.addColumn(row -> row.get(columns + 1)).setHeader(totalHeader).setKey("total")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        List<List<String>> lines = TableCsv.lines(table, rowHeader, totalHeader);
        List<List<String>> rows = lines.subList(1, lines.size());
        grid.setItems(rows);
        legend.removeAll();
        table.legendKeys().forEach(key -> legend.add(new Paragraph(getTranslation(key))));
    }
}
