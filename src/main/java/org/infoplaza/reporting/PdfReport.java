package org.infoplaza.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openpdf.text.BadElementException;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A portrait A4 report written top to bottom in the house's look: headings, text, tables and charts, with a
 * footer line on every page. A section of a report is a few calls: {@link #heading}, then
 * {@link #table(SuppressedTable, String, String)} (which prints the legend of the marks it uses) and
 * {@link #chart(PdfBarChart)}. Tables of people come in only as {@link SuppressedTable}s, so what a report
 * prints is exactly what suppression published.
 */
final class PdfReport {

    static final Color INK = new Color(0x1f, 0x4e, 0x79);
    static final Color RULE = new Color(0xc8, 0xd3, 0xde);
    static final Color SHADE = new Color(0xee, 0xf2, 0xf6);

    private static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, INK);
    private static final Font SUBTITLE = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, INK);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9.5f);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font CELL = new Font(Font.HELVETICA, 8.5f);
    private static final Font CELL_BOLD = new Font(Font.HELVETICA, 8.5f, Font.BOLD);

    private final Document document;
    private final PdfWriter writer;
    private final Function<String, String> translate;

    private PdfReport(Document document, PdfWriter writer, Function<String, String> translate) {
        this.document = document;
        this.writer = writer;
        this.translate = translate;
    }

    /**
     * Writes a report. {@code translate} turns a message key into text in the report's language (used for
     * the legends); {@code footer} gives the footer line of a page number.
     */
    static byte[] write(String title, Function<String, String> translate, Function<Integer, String> footer,
            Consumer<PdfReport> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(footer));
            document.addTitle(title);
            document.addCreator("Infoplaza Manager");
            document.open();
            content.accept(new PdfReport(document, writer, translate));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Report could not be written", e);
        }
        return out.toByteArray();
    }

    void title(String text) {
        add(paragraph(text, TITLE, 0, 6));
    }

    void subtitle(String text) {
        add(paragraph(text, SUBTITLE, 0, 2));
    }

    /** A section heading; it starts a new page when less than a quarter of the page is left. */
    void heading(String text) {
        if (writer.getVerticalPosition(false) < document.bottom() + document.getPageSize().getHeight() / 4) {
            document.newPage();
        }
        add(paragraph(text, HEADING, 16, 6));
    }

    void subheading(String text) {
        add(paragraph(text, SUBHEADING, 8, 4));
    }

    void text(String text) {
        add(paragraph(text, BODY, 0, 4));
    }

    void note(String text) {
        add(paragraph(text, SMALL, 0, 3));
    }

    void newPage() {
        document.newPage();
    }

    /**
     * A published table as people read it (see {@link TableCsv#lines}): each row with its total, a totals row
     * under several rows, hidden cells as their marks; then the legend lines of the marks used.
     */
    void table(SuppressedTable table, String rowHeader, String totalHeader) {
        lines(TableCsv.lines(table, rowHeader, totalHeader), table.rowLabels().size() > 1);
        for (String key : table.legendKeys()) {
            note(translate.apply(key));
        }
    }

    /**
     * Lines of text as a table: the first is the header, the first column is left-aligned and the others
     * (figures) right-aligned; with {@code lastIsTotal} the last line is set in bold.
     */
    void lines(List<List<String>> lines, boolean lastIsTotal) {
        int columns = lines.getFirst().size();
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        table.setSpacingAfter(4);
        float[] widths = new float[columns];
        widths[0] = columns > 4 ? 2.2f : 3;
        for (int c = 1; c < columns; c++) {
            widths[c] = 1;
        }
        table.setWidths(widths);
        for (int r = 0; r < lines.size(); r++) {
            boolean header = r == 0;
            boolean bold = header || (lastIsTotal && r == lines.size() - 1);
            for (int c = 0; c < columns; c++) {
                PdfPCell cell = new PdfPCell(new Phrase(lines.get(r).get(c), bold ? CELL_BOLD : CELL));
                cell.setHorizontalAlignment(c == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                cell.setBorderColor(RULE);
                cell.setBorder(Rectangle.BOTTOM);
                cell.setPadding(3);
                if (header) {
                    cell.setBackgroundColor(SHADE);
                }
                table.addCell(cell);
            }
        }
        add(table);
    }

    /** A chart at the width of the text; hidden values are drawn as {@link PdfBarChart} marks them. */
    void chart(PdfBarChart chart) {
        float width = document.right() - document.left();
        try {
            Image image = Image.getInstance(chart.draw(writer.getDirectContent(), width));
            image.setSpacingBefore(4);
            image.setSpacingAfter(6);
            add(image);
        } catch (BadElementException e) {
            throw new IllegalStateException("Chart could not be drawn", e);
        }
    }

    private void add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("Report could not be written", e);
        }
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** The footer line of every page, with its number. */
    private static final class Footer extends PdfPageEventHelper {

        private final Function<Integer, String> text;

        Footer(Function<Integer, String> text) {
            this.text = text;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(text.apply(writer.getPageNumber()), SMALL),
                    (document.left() + document.right()) / 2, document.bottom() - 24, 0);
        }
    }
}
