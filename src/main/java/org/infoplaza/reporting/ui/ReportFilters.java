package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.infoplaza.centre.MunicipalityOption;

/** The month and municipality pickers of the reporting pages, set up alike on every page. */
final class ReportFilters {

    private ReportFilters() {
    }

    /**
     * {@code count} months ending with {@code newest}, named in {@code locale}, with {@code chosen} picked;
     * {@code onChange} runs when another month is picked (clearing the box is ignored).
     */
    static void months(ComboBox<YearMonth> month, YearMonth newest, int count, YearMonth chosen, Locale locale,
            Runnable onChange) {
        month.setLabel(month.getTranslation("reporting.month"));
        month.setItems(MonthNames.back(newest, count));
        month.setItemLabelGenerator(m -> MonthNames.of(m, locale));
        month.setValue(chosen);
        month.setAllowCustomValue(false);
        month.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                onChange.run();
            }
        });
    }

    /** The municipalities, none picked meaning the whole country; {@code onChange} runs on every change. */
    static void municipalities(ComboBox<MunicipalityOption> municipality, List<MunicipalityOption> options,
            Runnable onChange) {
        municipality.setLabel(municipality.getTranslation("reporting.unit"));
        municipality.setPlaceholder(municipality.getTranslation("reporting.unit.nation"));
        municipality.setItems(options);
        municipality.setItemLabelGenerator(MunicipalityOption::label);
        municipality.setClearButtonVisible(true);
        municipality.addValueChangeListener(e -> onChange.run());
    }
}
