package org.infoplaza.reporting;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables as CSV files for spreadsheets: UTF-8 with a byte-order mark (so spreadsheet programs read "ñ" and
 * "í" right), comma-separated, every field quoted, one header row in the reader's language. A suppressed
 * table is written as published: hidden cells keep their mark ("<5", "x"), never a number.
 */
public final class TableCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableCsv() {
    }

    /** The table with its row totals as the last column and, under several rows, a totals row. */
    public static byte[] of(SuppressedTable table, String rowHeader, String totalHeader) {
        return of(lines(table, rowHeader, totalHeader));
    }

    /**
     * The table as the lines people read, header first: each row with its cells and its total as published
     * (marks for hidden cells) and, under several rows, the totals row. The screen and the file show the same.
     */
    public static List<List<String>> lines(SuppressedTable table, String rowHeader, String totalHeader) {
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(rowHeader);
        header.addAll(table.columnLabels());
        header.add(totalHeader);
        lines.add(header);
        int columns = table.columnLabels().size();
        for (int r = 0; r < table.rowLabels().size(); r++) {
            List<String> line = new ArrayList<>();
            line.add(table.rowLabels().get(r));
            for (int c = 0; c < columns; c++) {
                line.add(table.cell(r, c).display());
            }
            line.add(table.rowTotal(r).display());
            lines.add(line);
        }
        if (table.rowLabels().size() > 1) {
            List<String> totals = new ArrayList<>();
            totals.add(totalHeader);
            for (int c = 0; c < columns; c++) {
                totals.add(table.columnTotal(c).display());
            }
            totals.add(table.grandTotal().display());
            lines.add(totals);
        }
        return lines;
    }

    /** Any rows of text, the first being the header. */
    public static byte[] of(List<List<String>> lines) {
        StringBuilder text = new StringBuilder();
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append('"').append(line.get(i) == null ? "" : line.get(i).replace("\"", "\"\"")).append('"');
            }
            text.append("\r\n");
        }
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, file, 0, BOM.length);
        System.arraycopy(body, 0, file, BOM.length, body.length);
        return file;
    }
}
