package org.infoplaza.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.DecodeHintType;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MemberDocumentsIntegrationTest {

    private static final Locale ES = Locale.forLanguageTag("es-PA");
    private static final Locale EN = Locale.ENGLISH;

    @Autowired
    MemberService members;

    @Autowired
    MemberDocuments documents;

    @Autowired
    Fixtures fixtures;

    CentreDetails centre;
    MemberDetails adult;
    MemberDetails minor;

    @BeforeEach
    void setUp() {
        centre = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        adult = members.register(aMember(centre.id()).withCedula(MemberRegistrations.aCedula()).build());
        minor = members.register(aMember(centre.id()).minor().withConsent().build());
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_card_is_one_id_card_sized_page_with_name_and_number_but_no_birth_date_or_document() throws IOException {
        byte[] pdf = documents.memberCard(adult.id(), ES);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        Rectangle page = reader.getPageSize(1);
        assertThat(page.getWidth()).isCloseTo(243f, org.assertj.core.data.Offset.offset(2f));
        assertThat(page.getHeight()).isCloseTo(153f, org.assertj.core.data.Offset.offset(2f));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains(adult.memberNumber(), adult.givenNames(), adult.surnames(), centre.name())
                .doesNotContain(adult.idNumber())
                .doesNotContain(DateTimeFormatter.ofPattern("dd/MM/yyyy").format(adult.dateOfBirth()))
                .doesNotContain(adult.dateOfBirth().toString());
        reader.close();
    }

    @Test
    void the_qr_code_on_the_card_reads_back_as_exactly_the_member_number() throws Exception {
        BitMatrix matrix = MemberDocuments.qrCode(adult.memberNumber());
        int size = MemberDocuments.qrBitmapSize(matrix);

        assertThat(decode(MemberDocuments.qrBitmap(matrix), size, size)).isEqualTo(adult.memberNumber());
    }

    @Test
    void member_numbers_of_every_shape_read_back_from_their_qr_code() throws Exception {
        for (String code : new String[] {"PAN-CUR", "COL01", "T-12345", "SMI-TCA-2", "A1"}) {
            for (int sequence : new int[] {1, 7, 42, 999, 12_345, 999_999}) {
                String number = code + "-" + String.format(Locale.ROOT, "%06d", sequence);
                BitMatrix matrix = MemberDocuments.qrCode(number);
                int size = MemberDocuments.qrBitmapSize(matrix);
                assertThat(decode(MemberDocuments.qrBitmap(matrix), size, size)).as(number).isEqualTo(number);
            }
        }
    }

    /** Pads the grey bitmap with white, as the card's background around it, and reads the QR code. */
    private static String decode(byte[] grey, int width, int height) throws Exception {
        int border = 20;
        int paddedWidth = width + 2 * border;
        int paddedHeight = height + 2 * border;
        byte[] pixels = new byte[paddedWidth * paddedHeight];
        java.util.Arrays.fill(pixels, (byte) 0xFF);
        for (int y = 0; y < height; y++) {
            System.arraycopy(grey, y * width, pixels, (y + border) * paddedWidth + border, width);
        }
        LuminanceSource source = new GreyLuminance(pixels, paddedWidth, paddedHeight);
        // A generated code has no perspective or noise: read it as a pure barcode, module by module.
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    @Test
    void the_qr_image_inside_the_card_pdf_reads_back_as_the_member_number() throws Exception {
        PdfReader reader = new PdfReader(documents.memberCard(minor.id(), EN));
        PdfDictionary images = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        PRStream image = images.getKeys().stream()
                .map(key -> (PRStream) PdfReader.getPdfObject(images.get(key)))
                .filter(stream -> PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE)))
                .findFirst().orElseThrow();
        int width = image.getAsNumber(PdfName.WIDTH).intValue();
        int height = image.getAsNumber(PdfName.HEIGHT).intValue();
        byte[] grey = PdfReader.getStreamBytes(image);
        reader.close();

        assertThat(decode(grey, width, height)).isEqualTo(minor.memberNumber());
    }

    @Test
    void the_consent_form_is_prefilled_in_spanish() throws IOException {
        String text = text(documents.consentForm(minor.id(), ES));

        assertThat(text).contains("Consentimiento del acudiente", "María Gil", "Madre", "6123-4567",
                minor.memberNumber(), minor.givenNames(), centre.name(),
                DateTimeFormatter.ofPattern("dd/MM/yyyy").format(minor.dateOfBirth()),
                "Tratamiento de datos", "Uso de computadoras", "Talleres", "Fotografías", "Datos sensibles",
                "Compartir estadísticas agregadas", "Asentimiento del menor", ConsentData.CURRENT_TEXT_VERSION,
                "Firma del acudiente");
    }

    @Test
    void the_consent_form_is_prefilled_in_english() throws IOException {
        String text = text(documents.consentForm(minor.id(), EN));

        assertThat(text).contains("Guardian consent", "María Gil", minor.memberNumber(), "Data processing",
                "Computer use", "Workshops", "Photos", "Sensitive data", "Sharing of aggregate statistics",
                "The minor's assent", "Guardian's signature")
                .doesNotContain("Tratamiento de datos");
    }

    @Test
    void an_adult_has_no_consent_form() {
        assertThatThrownBy(() -> documents.consentForm(adult.id(), ES))
                .isInstanceOf(org.infoplaza.shared.DomainException.class)
                .hasMessageStartingWith("member.consent-form.adult");
    }

    @Test
    void an_operator_of_another_centre_gets_neither_document() {
        CentreDetails other = fixtures.centre();
        SignedIn.as(fixtures.staff(Role.OPERATOR, other.id()));

        assertThatThrownBy(() -> documents.memberCard(adult.id(), ES))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
        assertThatThrownBy(() -> documents.consentForm(minor.id(), ES))
                .isInstanceOfAny(NotFoundException.class, AccessDeniedException.class);
    }

    @Test
    void a_facilitator_gets_no_card() {
        SignedIn.as(fixtures.staff(Role.FACILITATOR, centre.id()));

        assertThatThrownBy(() -> documents.memberCard(adult.id(), ES)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_consent_form_fits_one_a4_page_to_print_and_sign() throws IOException {
        PdfReader reader = new PdfReader(documents.consentForm(minor.id(), ES));

        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        assertThat(reader.getPageSize(1).getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
        reader.close();
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }

    /** An 8-bit grey bitmap for ZXing, which has no AWT-free source of its own. */
    private static final class GreyLuminance extends LuminanceSource {

        private final byte[] pixels;

        GreyLuminance(byte[] pixels, int width, int height) {
            super(width, height);
            this.pixels = pixels;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
            System.arraycopy(pixels, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return pixels;
        }
    }
}
