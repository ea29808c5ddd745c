package org.infoplaza.member;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.Translations;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printable documents for a member: the ID-card-sized member card (name, number and a QR code of the
 * number, nothing else personal, since cards get lost) and the paper consent form a minor's guardian signs.
 * Both are in Spanish or English and only for staff of the member's home centre.
 */
@Service
@Transactional(readOnly = true)
public class MemberDocuments {

    /** ISO/IEC 7810 ID-1: 85.6 × 54 mm in points. */
    static final Rectangle CARD = new Rectangle(85.6f / 25.4f * 72f, 54f / 25.4f * 72f);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int QR_PIXELS = 4;

    private final MemberService members;
    private final CentreService centres;
    private final Translations translations;
    private final MemberAudit audit;
    private final Clock clock;

    MemberDocuments(MemberService members, CentreService centres, Translations translations, MemberAudit audit,
            Clock clock) {
        this.members = members;
        this.centres = centres;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Printing a minor's card is written to the audit log (after the read of their details). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public byte[] memberCard(long memberId, Locale locale) {
        MemberDetails member = members.get(memberId);
        if (MemberRules.isMinorOn(member.dateOfBirth(), LocalDate.now(clock))) {
            audit.changed(memberId, AuditAction.CARD_PRINTED);
        }
        CentreDetails centre = centres.get(member.homeCentreId());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(CARD, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(member.memberNumber());
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            BaseFont regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, false);
            BaseFont bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, false);
            float width = CARD.getWidth();
            float height = CARD.getHeight();
            float margin = 10;

            canvas.setRGBColorFill(0x1f, 0x4e, 0x79);
            canvas.rectangle(0, height - 26, width, 26);
            canvas.fill();
            canvas.setRGBColorFill(255, 255, 255);
            String header = "Infoplaza " + centre.name();
            text(canvas, bold, fit(bold, header, 8, width - 2 * margin), header, margin, height - 12);
            text(canvas, regular, 6, t("member.card.title", locale), margin, height - 21);

            float qrSize = 70;
            Image qr = qrImage(member.memberNumber());
            qr.scaleAbsolute(qrSize, qrSize);
            qr.setAbsolutePosition(width - margin - qrSize, margin);
            canvas.addImage(qr);

            canvas.setRGBColorFill(0, 0, 0);
            float textWidth = width - 2 * margin - qrSize - 4;
            text(canvas, bold, fit(bold, member.givenNames(), 9, textWidth), member.givenNames(), margin, height - 42);
            text(canvas, regular, fit(regular, member.surnames(), 9, textWidth), member.surnames(), margin, height - 54);
            text(canvas, regular, 6, t("member.number", locale), margin, 36);
            text(canvas, bold, fit(bold, member.memberNumber(), 16, textWidth), member.memberNumber(), margin, 20);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Member card could not be written", e);
        }
        return out.toByteArray();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public byte[] consentForm(long memberId, Locale locale) {
        MemberDetails member = members.get(memberId);
        if (member.guardian() == null) {
            throw new DomainException("member.consent-form.adult");
        }
        audit.changed(memberId, AuditAction.CONSENT_FORM_PRINTED);
        CentreDetails centre = centres.get(member.homeCentreId());
        GuardianData guardian = member.guardian();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 36, 36);
        Font title = new Font(Font.HELVETICA, 15, Font.BOLD);
        Font heading = new Font(Font.HELVETICA, 10.5f, Font.BOLD);
        Font body = new Font(Font.HELVETICA, 9.5f);
        Font small = new Font(Font.HELVETICA, 8.5f);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(t("member.consent-form.title", locale));
            document.open();
            Paragraph head = new Paragraph(t("member.consent-form.title", locale), title);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            Paragraph sub = new Paragraph("Infoplaza " + centre.name(), body);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(6);
            document.add(sub);
            document.add(new Paragraph(t("member.consent-form.intro", locale), body));

            document.add(section(t("member.consent-form.minor", locale), heading));
            document.add(field(t("member.name", locale), member.givenNames() + " " + member.surnames(), body));
            Paragraph numberAndBirth = field(t("member.number", locale), member.memberNumber(), body);
            numberAndBirth.add(new Chunk("        "));
            numberAndBirth.add(field(t("member.birth-date", locale), DAY.format(member.dateOfBirth()), body));
            document.add(numberAndBirth);
            document.add(field(t("member.home-centre", locale), centre.code() + " " + centre.name(), body));

            document.add(section(t("member.consent-form.guardian", locale), heading));
            document.add(field(t("member.guardian.name", locale), guardian.name(), body));
            Paragraph relationshipAndPhone = field(t("member.guardian.relationship", locale), guardian.relationship(), body);
            relationshipAndPhone.add(new Chunk("        "));
            relationshipAndPhone.add(field(t("member.guardian.phone", locale), blankIfNull(guardian.phone()), body));
            document.add(relationshipAndPhone);

            document.add(section(t("member.consent-form.purposes", locale), heading));
            document.add(new Paragraph(t("member.consent-form.purposes.help", locale), small));
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                Paragraph line = new Paragraph();
                line.setSpacingBefore(3);
                line.add(new Chunk("[   ]  " + t("member.consent.purpose." + purpose, locale), heading));
                document.add(line);
                Paragraph explanation = new Paragraph(t("member.consent-form.explain." + purpose, locale), small);
                explanation.setIndentationLeft(24);
                document.add(explanation);
            }

            document.add(section(t("member.consent-form.assent", locale), heading));
            document.add(new Paragraph(t("member.consent-form.assent.text", locale), body));
            document.add(signature(t("member.consent-form.minor-signature", locale), locale, body));

            document.add(section(t("member.consent-form.signatures", locale), heading));
            document.add(new Paragraph(t("member.consent-form.declaration", locale), body));
            document.add(signature(t("member.consent-form.guardian-signature", locale), locale, body));
            document.add(signature(t("member.consent-form.staff-signature", locale), locale, body));

            Paragraph version = new Paragraph(t("member.consent-form.version", locale, ConsentData.CURRENT_TEXT_VERSION), small);
            version.setSpacingBefore(10);
            document.add(version);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Consent form could not be written", e);
        }
        return out.toByteArray();
    }

    /** The QR code of exactly the member number, one entry per module, with the four-module quiet zone scanners need. */
    static BitMatrix qrCode(String memberNumber) {
        try {
            return new QRCodeWriter().encode(memberNumber, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The QR code as an 8-bit grey bitmap (0 black, 255 white), {@value #QR_PIXELS} pixels per module. */
    static byte[] qrBitmap(BitMatrix matrix) {
        int size = matrix.getWidth() * QR_PIXELS;
        byte[] pixels = new byte[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / QR_PIXELS, y / QR_PIXELS) ? 0 : (byte) 0xFF;
            }
        }
        return pixels;
    }

    static int qrBitmapSize(BitMatrix matrix) {
        return matrix.getWidth() * QR_PIXELS;
    }

    private static Image qrImage(String memberNumber) throws DocumentException {
        BitMatrix matrix = qrCode(memberNumber);
        int size = qrBitmapSize(matrix);
        return Image.getInstance(size, size, 1, 8, qrBitmap(matrix));
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    /** The largest size up to {@code max} at which the text fits the width, so long names are not cut. */
    private static float fit(BaseFont font, String text, float max, float width) {
        float size = max;
        while (size > 5 && font.getWidthPoint(text, size) > width) {
            size -= 0.5f;
        }
        return size;
    }

    private static Paragraph section(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(9);
        paragraph.setSpacingAfter(2);
        return paragraph;
    }

    private static Paragraph field(String label, String value, Font font) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new Chunk(label + ": ", new Font(Font.HELVETICA, font.getSize(), Font.BOLD)));
        paragraph.add(new Chunk(value, font));
        return paragraph;
    }

    private Paragraph signature(String who, Locale locale, Font font) {
        Paragraph paragraph = new Paragraph(who + ": ______________________________    "
                + t("member.consent-form.date", locale) + ": ____/____/________", font);
        paragraph.setSpacingBefore(14);
        return paragraph;
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }

    private String t(String key, Locale locale, Object... params) {
        return translations.getTranslation(key, locale, params);
    }

}
