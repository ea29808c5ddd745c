package org.infoplaza.reporting;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * A bar chart drawn as vector graphics in a PDF, one bar per label. A hidden value is not a bar of any
 * height: it is drawn as an empty dashed column across the plot with its mark ("<5", "x") in the middle, and
 * the chart then says under it what such a column means, so nobody reads it as zero. A zero is no bar and
 * the figure 0 on the axis. The scale is set by the shown values only.
 *
 * @param title       printed above the plot; blank when a heading right above already says it
 * @param bars        the values, in order
 * @param hiddenNote  the line printed under the plot when a value is hidden
 * @param locale      for the figures on the axis and over the bars
 */
record PdfBarChart(String title, List<Bar> bars, String hiddenNote, Locale locale) {

    static final float PLOT_HEIGHT = 150;
    private static final float TITLE_SIZE = 9.5f;
    private static final float LABEL_SIZE = 7;
    private static final float AXIS_WIDTH = 40;
    private static final float LONGEST_LABEL = 70;

    PdfBarChart {
        bars = List.copyOf(bars);
    }

    /** One bar: a value shown as it is, or hidden with its mark (and then no value at all). */
    record Bar(String label, Double value, String mark) {

        static Bar shown(String label, double value) {
            return new Bar(label, value, null);
        }

        /** A published count: its value, or its mark when hidden. */
        static Bar of(String label, PublishedCell cell) {
            return switch (cell) {
                case PublishedCell.Shown shown -> new Bar(label, (double) shown.value(), null);
                case PublishedCell.Hidden hidden -> new Bar(label, null, hidden.reason().mark());
            };
        }

        boolean hidden() {
            return mark != null;
        }
    }

    /** The one row of a published breakdown (members by sex, say), one bar per column. */
    static PdfBarChart breakdown(String title, SuppressedTable table, String hiddenNote, Locale locale) {
        List<Bar> bars = new ArrayList<>();
        for (int c = 0; c < table.columnLabels().size(); c++) {
            bars.add(Bar.of(table.columnLabels().get(c), table.cell(0, c)));
        }
        return new PdfBarChart(title, bars, hiddenNote, locale);
    }

    boolean hasHidden() {
        return bars.stream().anyMatch(Bar::hidden);
    }

    /** The chart as a template of the given width, to be placed as an image in the flow of the document. */
    PdfTemplate draw(PdfContentByte canvas, float width) {
        BaseFont regular = font(BaseFont.HELVETICA);
        BaseFont bold = font(BaseFont.HELVETICA_BOLD);
        float slot = bars.isEmpty() ? width : (width - AXIS_WIDTH - 8) / bars.size();
        float widest = (float) bars.stream().mapToDouble(b -> regular.getWidthPoint(b.label(), LABEL_SIZE)).max().orElse(0);
        boolean upright = widest > slot - 2;
        float labels = upright ? Math.min(widest, LONGEST_LABEL) + 6 : LABEL_SIZE + 6;
        float legend = hasHidden() ? 14 : 0;
        float heading = title.isBlank() ? 4 : TITLE_SIZE + 14;
        float height = heading + PLOT_HEIGHT + labels + legend;
        float left = AXIS_WIDTH;
        float bottom = legend + labels;
        float top = bottom + PLOT_HEIGHT - 12;

        PdfTemplate chart = canvas.createTemplate(width, height);
        if (!title.isBlank()) {
            text(chart, bold, TITLE_SIZE, Element.ALIGN_LEFT, title, 0, height - TITLE_SIZE, 0);
        }

        double largest = bars.stream().filter(b -> !b.hidden()).mapToDouble(Bar::value).max().orElse(0);
        Scale scale = Scale.of(largest);
        NumberFormat figures = NumberFormat.getNumberInstance(locale);
        figures.setMaximumFractionDigits(1);
        chart.setLineWidth(0.4f);
        chart.setColorStroke(PdfReport.RULE);
        // Without a shown value above zero there is no scale to read: only the baseline at 0.
        for (int i = 0; i <= (largest > 0 ? scale.steps() : 0); i++) {
            double value = i * scale.step();
            float y = bottom + (float) (value / scale.max()) * (top - bottom);
            chart.moveTo(left, y);
            chart.lineTo(width, y);
            chart.stroke();
            text(chart, regular, LABEL_SIZE, Element.ALIGN_RIGHT, figures.format(value), left - 4, y - 2.5f, 0);
        }

        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            float centre = left + 4 + slot * i + slot / 2;
            float barWidth = Math.min(slot * 0.6f, 36);
            if (bar.hidden()) {
                hiddenColumn(chart, centre - barWidth / 2, bottom, barWidth, top - bottom);
                text(chart, bold, LABEL_SIZE + 1, Element.ALIGN_CENTER, bar.mark(), centre, bottom + (top - bottom) / 2, 0);
            } else {
                float barHeight = (float) (bar.value() / scale.max()) * (top - bottom);
                if (barHeight > 0) {
                    chart.setColorFill(PdfReport.INK);
                    chart.rectangle(centre - barWidth / 2, bottom, barWidth, barHeight);
                    chart.fill();
                }
                text(chart, regular, LABEL_SIZE, Element.ALIGN_CENTER, figures.format(bar.value()), centre,
                        bottom + barHeight + 2, 0);
            }
            String label = fit(regular, bar.label(), upright ? LONGEST_LABEL : slot);
            if (upright) {
                text(chart, regular, LABEL_SIZE, Element.ALIGN_RIGHT, label, centre + LABEL_SIZE / 2 - 1, bottom - 4, 90);
            } else {
                text(chart, regular, LABEL_SIZE, Element.ALIGN_CENTER, label, centre, bottom - LABEL_SIZE - 3, 0);
            }
        }
        if (hasHidden()) {
            hiddenColumn(chart, left, 2, 10, 8);
            text(chart, regular, LABEL_SIZE, Element.ALIGN_LEFT, hiddenNote, left + 14, 3, 0);
        }
        return chart;
    }

    private static void hiddenColumn(PdfTemplate chart, float x, float y, float width, float height) {
        chart.saveState();
        chart.setLineWidth(0.8f);
        chart.setLineDash(3, 2, 0);
        chart.setColorStroke(PdfReport.INK);
        chart.rectangle(x, y, width, height);
        chart.stroke();
        chart.restoreState();
    }

    private static void text(PdfTemplate chart, BaseFont font, float size, int alignment, String text, float x,
            float y, float rotation) {
        chart.beginText();
        chart.setColorFill(java.awt.Color.BLACK);
        chart.setFontAndSize(font, size);
        chart.showTextAligned(alignment, text, x, y, rotation);
        chart.endText();
    }

    /** The label, shortened with an ellipsis to fit the room. */
    private static String fit(BaseFont font, String label, float room) {
        if (font.getWidthPoint(label, LABEL_SIZE) <= room) {
            return label;
        }
        String shorter = label;
        while (shorter.length() > 1 && font.getWidthPoint(shorter + "…", LABEL_SIZE) > room) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "…";
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Built-in font " + name + " is missing", e);
        }
    }

    /** A round top for the axis (1, 2 or 5 times a power of ten per step) and the steps to reach it. */
    record Scale(double step, int steps) {

        static Scale of(double largest) {
            if (largest <= 0) {
                return new Scale(1, 1);
            }
            double rough = largest / 4;
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double step = power;
            for (double factor : new double[] {1, 2, 5, 10}) {
                step = factor * power;
                if (step >= rough) {
                    break;
                }
            }
            if (largest >= 1 && step < 1) {
                step = 1;
            }
            return new Scale(step, (int) Math.ceil(largest / step));
        }

        double max() {
            return step * steps;
        }
    }
}
