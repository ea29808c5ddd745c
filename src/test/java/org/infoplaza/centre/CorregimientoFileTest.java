package org.infoplaza.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.infoplaza.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class CorregimientoFileTest {

    private static final List<Province> PROVINCES = List.of(province(8L, "Panamá", "PA-8"),
            province(10L, "Panamá Oeste", "PA-10"), province(11L, "Guna Yala", "PA-KY"));

    private static Province province(long id, String name, String iso) {
        Province province = new Province();
        ReflectionTestUtils.setField(province, "id", id);
        ReflectionTestUtils.setField(province, "name", name);
        ReflectionTestUtils.setField(province, "isoCode", iso);
        return province;
    }

    private static CorregimientoFile parse(String fileName, String text) {
        return CorregimientoFile.parse(fileName, text.getBytes(StandardCharsets.UTF_8), PROVINCES);
    }

    private static DomainException refusal(String fileName, String text) {
        return (DomainException) org.assertj.core.api.Assertions.catchThrowable(() -> parse(fileName, text));
    }

    @Test
    void reads_provinces_by_code_or_name_skipping_header_comments_and_quotes() {
        CorregimientoFile file = parse("lista.csv", "\uFEFF# vigencia: 2026-03-01\r\nprovincia;distrito;corregimiento\r\n"
                + "PA-8;Panamá;Curundú\r\n\r\npanama oeste , \"La  Chorrera\" , Barrio Colón\r\nComarca Guna Yala;Guna Yala;Ailigandí\r\n");

        assertThat(file.effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(file.rows()).extracting(r -> r.province().getName() + "/" + r.district() + "/" + r.corregimiento())
                .containsExactly("Panamá/Panamá/Curundú", "Panamá Oeste/La Chorrera/Barrio Colón",
                        "Guna Yala/Guna Yala/Ailigandí");
        assertThat(file.checksum()).hasSize(64);
    }

    @Test
    void takes_the_effective_date_from_the_file_name_when_the_first_line_has_none() {
        assertThat(parse("corregimientos-2027-07-01.csv", "PA-8;Panamá;Curundú").effectiveDate())
                .isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(refusal("corregimientos.csv", "PA-8;Panamá;Curundú").messageKey()).isEqualTo("centre.reference.no-date");
    }

    @Test
    void names_the_line_of_a_duplicate_even_when_accents_or_case_differ() {
        DomainException e = refusal("2026-01-01.csv", "PA-8;Panamá;Curundú\nPA-8;Panama;CURUNDU");

        assertThat(e.messageKey()).isEqualTo("centre.reference.line.duplicate");
        assertThat(e.arguments()).containsExactly("2", "CURUNDU", "1");
    }

    @Test
    void refuses_blank_fields_and_text_that_is_not_utf8() {
        assertThat(refusal("2026-01-01.csv", "PA-8;Panamá;Curundú\nPA-8; ;Ancón").arguments()).containsExactly("2");
        byte[] latin1 = "PA-8;Panamá;Curundú".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CorregimientoFile.parse("2026-01-01.csv", latin1, PROVINCES))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("centre.reference.encoding"));
        assertThat(refusal("2026-01-01.csv", "# solo comentarios").messageKey()).isEqualTo("centre.reference.empty");
    }
}
