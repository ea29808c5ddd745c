package org.infoplaza.workshop;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.Translations;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Writes one certificate as a landscape A4 page in Spanish or English: who completed which course, its
 * hours and dates, the centre and facilitators, the issue date, and the verification code both readable and
 * as a QR code of the public verification address.
 */
@Component
class CertificateDocument {

    /** One QR module as this many image pixels; the image is then scaled to its printed size. */
    private static final int QR_PIXELS = 4;
    private static final float QR_SIZE = 100;
    private static final float MARGIN = 40;

    private final Translations translations;

    CertificateDocument(Translations translations) {
        this.translations = translations;
    }

    byte[] write(CertificateDetails certificate, String memberName, String verificationUrl, Locale requested) {
        Locale locale = Translations.supported(requested);
        DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        Rectangle page = PageSize.A4.rotate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(page, 70, 70, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(t("certificates.pdf.title", locale) + " " + certificate.code());
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            frame(canvas, page);

            Font small = new Font(Font.HELVETICA, 11);
            Font body = new Font(Font.HELVETICA, 13);
            Font heading = new Font(Font.HELVETICA, 30, Font.BOLD, new Color(0x1f, 0x4e, 0x79));
            Font name = new Font(Font.HELVETICA, 24, Font.BOLD);
            Font course = new Font(Font.HELVETICA, 18, Font.BOLD);

            document.add(centred("Infoplaza", small, 0));
            document.add(centred(t("certificates.pdf.title", locale), heading, 18));
            document.add(centred(t("certificates.pdf.certifies", locale), body, 22));
            document.add(centred(memberName, name, 10));
            document.add(centred(t("certificates.pdf.completed", locale), body, 12));
            document.add(centred(certificate.courseTitle(), course, 8));
            document.add(centred(t("certificates.pdf.hours-and-dates", locale, hours(certificate.hours(), locale),
                    longDate.format(certificate.firstDay()), longDate.format(certificate.lastDay())), body, 14));
            document.add(centred(t("certificates.pdf.centre", locale, certificate.centreName()), body, 6));
            document.add(centred(t("certificates.pdf.facilitators", locale, certificate.facilitators()), body, 6));
            LocalDate issued = certificate.issuedAt().atZone(PanamaTime.ZONE).toLocalDate();
            document.add(centred(t("certificates.pdf.issued", locale, longDate.format(issued)), body, 6));

            Image qr = qrImage(verificationUrl);
            qr.scaleAbsolute(QR_SIZE, QR_SIZE);
            float qrX = page.getWidth() - MARGIN - 12 - QR_SIZE;
            float qrY = MARGIN + 30;
            qr.setAbsolutePosition(qrX, qrY);
            canvas.addImage(qr);
            Font codeFont = new Font(Font.COURIER, 11, Font.BOLD);
            Paragraph verify = new Paragraph(t("certificates.pdf.verify", locale, verificationUrl), small);
            Paragraph code = new Paragraph(t("certificates.pdf.code", locale) + " " + certificate.code(), codeFont);
            ColumnText column = new ColumnText(canvas);
            column.setSimpleColumn(MARGIN + 12, MARGIN + 20, qrX - 12, qrY + QR_SIZE);
            column.addElement(code);
            column.addElement(verify);
            column.go();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Certificate could not be written", e);
        }
        return out.toByteArray();
    }

    /** The QR code of exactly the URL, with the four-module quiet zone scanners need. */
    static BitMatrix qrCode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Image qrImage(String text) throws DocumentException {
        BitMatrix matrix = qrCode(text);
        int size = matrix.getWidth() * QR_PIXELS;
        byte[] pixels = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / QR_PIXELS, y / QR_PIXELS) ? 0 : (byte) 0xFF;
            }
        }
        return Image.getInstance(size, size, 1, 8, pixels);
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.saveState();
        canvas.setRGBColorStroke(0x1f, 0x4e, 0x79);
        canvas.setLineWidth(3);
        canvas.rectangle(MARGIN - 16, MARGIN - 16, page.getWidth() - 2 * (MARGIN - 16), page.getHeight() - 2 * (MARGIN - 16));
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(MARGIN - 10, MARGIN - 10, page.getWidth() - 2 * (MARGIN - 10), page.getHeight() - 2 * (MARGIN - 10));
        canvas.stroke();
        canvas.restoreState();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    /** 20 or 20,5 in Spanish, 20.5 in English: no trailing ",0". */
    private static String hours(BigDecimal hours, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
