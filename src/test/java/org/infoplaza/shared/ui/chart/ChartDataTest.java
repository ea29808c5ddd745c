package org.infoplaza.shared.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartDataTest {

    private static final List<String> MONTHS = List.of("Ene", "Feb", "Mar");

    @Test
    void a_suppressed_value_is_not_a_zero_and_reads_as_less_than_five() {
        assertThat(ChartValue.suppressed()).isNotEqualTo(ChartValue.of(0)).isNotInstanceOf(ChartValue.Amount.class);
        assertThat(ValueFormat.COUNT.format(ChartValue.suppressed(), Locale.ENGLISH)).isEqualTo("<5");
        assertThat(ValueFormat.percent().format(ChartValue.suppressed(), Locale.ENGLISH)).isEqualTo("<5");
    }

    @Test
    void every_series_has_one_value_per_category() {
        assertThatThrownBy(() -> ChartData.of(ChartKind.BAR, "Visitas", MONTHS, ChartSeries.of("Mujeres", 1, 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Mujeres");
    }

    @Test
    void a_donut_shows_exactly_one_series() {
        assertThatThrownBy(() -> ChartData.of(ChartKind.DONUT, "Por sexo", MONTHS,
                ChartSeries.of("A", 1, 2, 3), ChartSeries.of("B", 1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_chart_needs_a_title_and_a_series() {
        assertThatThrownBy(() -> ChartData.of(ChartKind.LINE, " ", MONTHS, ChartSeries.of("A", 1, 2, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartData.of(ChartKind.LINE, "Visitas", MONTHS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void values_must_be_finite_numbers() {
        assertThatThrownBy(() -> ChartValue.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void values_are_formatted_for_the_locale_with_their_unit() {
        assertThat(ValueFormat.COUNT.format(ChartValue.of(1234), Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(ValueFormat.COUNT.format(ChartValue.of(12345), Locale.forLanguageTag("es-ES"))).isEqualTo("12.345");
        assertThat(ValueFormat.decimal(1).format(ChartValue.of(12.34), Locale.forLanguageTag("es-ES")))
                .isEqualTo("12,3");
        assertThat(ValueFormat.decimal(1).withUnit("h").format(ChartValue.of(2.5), Locale.ENGLISH))
                .isEqualTo("2.5\u00a0h");
        assertThat(ValueFormat.percent().format(ChartValue.of(0.853), Locale.ENGLISH)).isEqualTo("85%");
    }

    @Test
    void the_model_cannot_be_changed_through_the_lists_it_was_given() {
        List<String> categories = new java.util.ArrayList<>(MONTHS);
        ChartData data = ChartData.of(ChartKind.BAR, "Visitas", categories, ChartSeries.of("A", 1, 2, 3));
        categories.add("Abr");
        assertThat(data.categories()).containsExactly("Ene", "Feb", "Mar");
    }

    @Test
    void a_value_hidden_with_another_mark_reads_as_that_mark_and_still_holds_no_number() {
        ChartValue hidden = ChartValue.hidden("x");

        assertThat(hidden).isInstanceOf(ChartValue.Suppressed.class);
        assertThat(ValueFormat.COUNT.format(hidden, Locale.of("es"))).isEqualTo("x");
        assertThat(ChartValue.hidden("<5")).isSameAs(ChartValue.suppressed());
        assertThat(ChartSeries.of("Miembros", List.of(ChartValue.of(7), hidden)).hasSuppressed()).isTrue();
    }
}
