package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableXlsxTest {

    @Test
    void published_numbers_are_numbers_and_hidden_cells_stay_marks() throws Exception {
        SuppressedTable published = Suppression.apply(CountTable.of(List.of("PAN-CUR", "COL-CRI"),
                List.of("Femenino", "Masculino"), new int[][] {{1200, 1}, {9, 8}}));
        byte[] file = TableXlsx.of("Miembros por sexo", TableCsv.lines(published, "Centro", "Total"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Miembros por sexo");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Femenino");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("COL-CRI");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("<5");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                for (int c = 1; c < sheet.getRow(r).getLastCellNum(); c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    if (cell.getCellType() == CellType.NUMERIC) {
                        assertThat(cell.getNumericCellValue()).as("a published count").satisfiesAnyOf(
                                v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(5));
                    } else {
                        assertThat(cell.getStringCellValue()).isIn("<5", "x");
                    }
                }
            }
        }
    }

    @Test
    void plain_numbers_are_read_back_as_numbers() throws Exception {
        byte[] file = TableXlsx.of("Uso", List.of(List.of("Centro", "Sesiones", "Horas"), List.of("PAN-CUR", "1234", "12.5")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234.0);
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(12.5);
        }
    }
}
