package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableCsvTest {

    @Test
    void a_suppressed_table_is_written_as_published_with_marks_not_numbers() {
        SuppressedTable published = Suppression.apply(CountTable.of(List.of("PAN-CUR", "COL-CRI"),
                List.of("Femenino", "Masculino"), new int[][] {{12, 1}, {9, 8}}));

        String csv = text(TableCsv.of(published, "Centro", "Total"));

        assertThat(csv.lines().toList()).first().isEqualTo("\"Centro\",\"Femenino\",\"Masculino\",\"Total\"");
        assertThat(csv).contains("\"<5\"").doesNotContain("\"1\"");
        assertThat(csv.lines()).hasSize(4).last().asString().startsWith("\"Total\"");
    }

    @Test
    void the_file_starts_with_a_byte_order_mark_and_quotes_what_needs_quoting() {
        byte[] file = TableCsv.of(List.of(List.of("Centro", "Nota"), List.of("Curundú", "dice \"hola\", y se va")));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(text(file)).contains("\"Curundú\",\"dice \"\"hola\"\", y se va\"\r\n");
    }

    private static String text(byte[] file) {
        return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    }
}
