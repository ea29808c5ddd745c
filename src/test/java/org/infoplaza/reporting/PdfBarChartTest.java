package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A bar chart of 12 women, a hidden count of men and no one of other sexes: one filled bar (the 12), a dashed
 * empty column with the mark "&lt;5" for the hidden count (never a bar), nothing for the zero but the figure 0,
 * and the line saying what a dashed column means.
 */
class PdfBarChartTest {

    final PdfBarChart chart = new PdfBarChart("Miembros por sexo", List.of(
            PdfBarChart.Bar.shown("Femenino", 12),
            PdfBarChart.Bar.of("Masculino", new PublishedCell.Hidden(SuppressionReason.PRIMARY)),
            PdfBarChart.Bar.of("Otro", new PublishedCell.Shown(0))),
            "Columna discontinua: cifra no publicada", Locale.ROOT);

    @Test
    void a_hidden_value_is_a_marked_dashed_column_and_never_a_bar() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        PdfTemplate template = chart.draw(writer.getDirectContent(), 400);
        String drawing = template.toString();
        document.add(Image.getInstance(template));
        document.close();

        assertThat(count(drawing, "re\\s+f\\b")).as("filled bars: only the 12").isEqualTo(1);
        assertThat(count(drawing, "\\]\\s*0\\s+d\\b")).as("dashed: the hidden column and its legend swatch").isEqualTo(2);
        assertThat(MonthlyReportPdfTest.text(out.toByteArray()))
                .contains("Miembros por sexo", "12", "<5", "Masculino", "Otro", "Columna discontinua");
    }

    @Test
    void the_scale_is_round_and_set_by_the_shown_values() {
        assertThat(PdfBarChart.Scale.of(12)).isEqualTo(new PdfBarChart.Scale(5, 3));
        assertThat(PdfBarChart.Scale.of(180)).isEqualTo(new PdfBarChart.Scale(50, 4));
        assertThat(PdfBarChart.Scale.of(3)).isEqualTo(new PdfBarChart.Scale(1, 3));
        assertThat(PdfBarChart.Scale.of(0)).as("nothing shown").isEqualTo(new PdfBarChart.Scale(1, 1));
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
