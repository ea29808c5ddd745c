package org.infoplaza.centre;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.infoplaza.centre.ReferenceImportSummary.Outcome;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corregimiento importer on the real database. Each test runs in a transaction that is rolled back, so a
 * test file that retires half the country never reaches the other tests sharing the database.
 */
@IntegrationTest
@Transactional
class CorregimientoImportIntegrationTest {

    private static final LocalDate SHIPPED = LocalDate.of(2025, 1, 1);

    @Autowired
    GeographyService geography;

    @BeforeEach
    void signIn() {
        SignedIn.as(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private static LocalDate today() {
        return LocalDate.now(PanamaTime.ZONE);
    }

    private static List<String> shippedLines() throws IOException {
        try (InputStream in = new ClassPathResource(ShippedCorregimientos.RESOURCE).getInputStream()) {
            return new ArrayList<>(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
    }

    private static byte[] file(LocalDate effective, List<String> lines) {
        List<String> all = new ArrayList<>();
        all.add("# vigencia: " + effective);
        lines.stream().filter(l -> !l.startsWith("#")).forEach(all::add);
        return String.join("\n", all).getBytes(StandardCharsets.UTF_8);
    }

    private DistrictOption district(String province, String name) {
        long provinceId = geography.provinces().stream().filter(p -> p.name().equals(province)).findFirst()
                .orElseThrow().id();
        return geography.districts(provinceId).stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private List<String> currentNames(DistrictOption district) {
        return geography.currentCorregimientos(district.id()).stream().map(CorregimientoOption::name).toList();
    }

    @Test
    void the_shipped_file_is_imported_at_start_with_its_districts_and_corregimientos() {
        assertThat(geography.lastImportDate()).contains(SHIPPED);
        assertThat(currentNames(district("Panamá", "San Miguelito"))).containsExactly("Amelia Denis de Icaza",
                "Arnulfo Arias", "Belisario Frías", "Belisario Porras", "José Domingo Espinar", "Mateo Iturralde",
                "Omar Torrijos", "Rufina Alfaro", "Victoriano Lorenzo");
        assertThat(currentNames(district("Panamá", "Panamá"))).hasSize(26).contains("Curundú", "Ancón");
        // Districts that V1 did not seed were created by the import, under the right province.
        assertThat(currentNames(district("Panamá Oeste", "La Chorrera"))).hasSize(18);
        assertThat(currentNames(district("Colón", "Portobelo"))).contains("Isla Grande");
        assertThat(geography.allCorregimientos(district("Colón", "Colón").id()))
                .allSatisfy(c -> assertThat(c.validFrom()).isEqualTo(SHIPPED));
    }

    @Test
    void a_newer_file_adds_districts_and_corregimientos_and_retires_the_missing_ones_without_deleting_them()
            throws IOException {
        LocalDate effective = today().minusDays(1);
        List<String> lines = shippedLines();
        assertThat(lines.removeIf(l -> l.equals("PA-8;Panamá;Ancón"))).isTrue();
        lines.add("PA-8;Panamá;Ancón Norte");
        lines.add("Panamá Oeste;Distrito Nuevo;Corregimiento Nuevo");

        ReferenceImportSummary preview = geography.previewCorregimientos("nuevo.csv", file(effective, lines));
        assertThat(preview.outcome()).isEqualTo(Outcome.PREVIEW);
        assertThat(currentNames(district("Panamá", "Panamá"))).as("a preview writes nothing").contains("Ancón");

        ReferenceImportSummary summary = geography.importCorregimientos("nuevo.csv", file(effective, lines));

        assertThat(summary.outcome()).isEqualTo(Outcome.IMPORTED);
        assertThat(summary.effectiveDate()).isEqualTo(effective);
        assertThat(summary.districtsAdded()).containsExactly("Distrito Nuevo (Panamá Oeste)");
        assertThat(summary.added()).containsExactly("Ancón Norte (Panamá, Panamá)",
                "Corregimiento Nuevo (Distrito Nuevo, Panamá Oeste)");
        assertThat(summary.retired()).containsExactly("Ancón (Panamá, Panamá)");
        assertThat(summary.unchanged()).isEqualTo(preview.unchanged()).isGreaterThan(150);
        assertThat(preview.added()).isEqualTo(summary.added());
        assertThat(preview.retired()).isEqualTo(summary.retired());

        DistrictOption panama = district("Panamá", "Panamá");
        assertThat(currentNames(panama)).contains("Ancón Norte", "Curundú").doesNotContain("Ancón");
        assertThat(geography.allCorregimientos(panama.id())).filteredOn(c -> c.name().equals("Ancón"))
                .singleElement().satisfies(ancon -> {
                    assertThat(ancon.current()).isFalse();
                    assertThat(ancon.validTo()).isEqualTo(effective);
                    assertThat(geography.corregimiento(ancon.id())).isPresent();
                });
        assertThat(currentNames(district("Panamá Oeste", "Distrito Nuevo"))).containsExactly("Corregimiento Nuevo");
        assertThat(geography.lastImportDate()).contains(effective);
    }

    @Test
    void a_file_that_is_not_newer_than_the_last_import_is_ignored() throws IOException {
        List<String> onlyOne = List.of("PA-8;Panamá;Curundú");

        ReferenceImportSummary older = geography.importCorregimientos("viejo.csv", file(SHIPPED.minusYears(5), onlyOne));
        ReferenceImportSummary same = geography.importCorregimientos("mismo.csv", file(SHIPPED, onlyOne));

        assertThat(older.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(same.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(geography.lastImportDate()).contains(SHIPPED);
        assertThat(currentNames(district("Panamá", "Panamá"))).hasSize(26);
    }

    @Test
    void a_malformed_line_rejects_the_whole_file_naming_the_line() {
        byte[] malformed = String.join("\n", "# vigencia: " + today().minusDays(1),
                "provincia;distrito;corregimiento",
                "PA-8;Panamá;Curundú",
                "PA-8;Panamá;Corregimiento Que No Debe Quedar",
                "PA-8;Panamá sin corregimiento").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> geography.importCorregimientos("roto.csv", malformed))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("centre.reference.line.columns");
                    assertThat(e.arguments()).containsExactly("5", "2");
                });
        assertThat(geography.lastImportDate()).contains(SHIPPED);
        assertThat(currentNames(district("Panamá", "Panamá"))).hasSize(26)
                .doesNotContain("Corregimiento Que No Debe Quedar");
    }

    @Test
    void an_unknown_province_is_named_with_its_line() {
        byte[] file = "# vigencia: 2030-01-01\nPA-8;Panamá;Curundú\nAtlántida;Centro;Uno\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> geography.previewCorregimientos("x.csv", file))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("centre.reference.line.province");
                    assertThat(e.arguments()).containsExactly("3", "Atlántida");
                });
    }

    @Test
    void only_administrators_import() {
        SignedIn.as(Role.SECRETARIAT);
        byte[] file = file(today(), List.of("PA-8;Panamá;Curundú"));

        assertThatThrownBy(() -> geography.importCorregimientos("x.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> geography.previewCorregimientos("x.csv", file)).isInstanceOf(AccessDeniedException.class);
    }
}
