package org.infoplaza.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables as Excel workbooks (XLSX): one sheet, a bold header row, and every published number as a number a
 * spreadsheet can sum, while hidden cells stay text ("<5", "x") aligned right like the numbers. The lines
 * are those of the CSV file ({@link TableCsv#lines}), numbers written plainly (1234, 12.5).
 */
public final class TableXlsx {

    /** A plain number as the lines carry them (1234, 12.5: no grouping, a point for decimals). */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Column widths are counted in 1/256 of a character, up to 255 characters. */
    private static final int CHARACTER = 256;
    private static final int MAX_WIDTH = 80;

    private TableXlsx() {
    }

    public static byte[] of(String sheetName, List<List<String>> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle mark = workbook.createCellStyle();
            mark.setAlignment(HorizontalAlignment.RIGHT);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    Cell cell = row.createCell(c);
                    String text = line.get(c) == null ? "" : line.get(c);
                    if (r == 0) {
                        cell.setCellValue(text);
                        cell.setCellStyle(header);
                    } else if (c > 0 && NUMBER.matcher(text).matches()) {
                        cell.setCellValue(Double.parseDouble(text));
                    } else {
                        cell.setCellValue(text);
                        if (c > 0) {
                            cell.setCellStyle(mark);
                        }
                    }
                }
            }
            // Widths from the text's length: autoSizeColumn would need the fonts of a desktop on the server.
            int columns = lines.stream().mapToInt(List::size).max().orElse(0);
            for (int c = 0; c < columns; c++) {
                int column = c;
                int longest = lines.stream().filter(line -> line.size() > column && line.get(column) != null)
                        .mapToInt(line -> line.get(column).length()).max().orElse(0);
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH, longest + 2) * CHARACTER);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }
}
