package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.infoplaza.reporting.MonthReopening;
import org.infoplaza.reporting.MonthRevision;
import org.infoplaza.shared.PanamaTime;

/**
 * A month's history in the cycle, for the centre and the secretariat alike: each snapshot with its revision
 * and what changed from the one before ("3 sesiones más"), and each reopening with its reason.
 */
class RevisionHistory extends Div {

    final Grid<MonthRevision> revisions = new Grid<>();
    final Grid<MonthReopening> reopenings = new Grid<>();
    private final H3 reopeningsTitle = new H3();

    RevisionHistory(Locale locale) {
        DateTimeFormatter when = PanamaTime.dateTimeFormat(locale);
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        addClassName("revision-history");
        revisions.addThemeVariants(GridVariant.LUMO_COMPACT);
        revisions.setAllRowsVisible(true);
        revisions.addColumn(r -> getTranslation("monthcycle.revision.number", r.revision()))
                .setHeader(getTranslation("monthcycle.revision")).setKey("revision").setAutoWidth(true);
        revisions.addColumn(r -> getTranslation("monthcycle.occasion." + r.occasion().name()))
                .setHeader(getTranslation("monthcycle.occasion")).setKey("occasion").setAutoWidth(true);
        revisions.addColumn(r -> when.format(r.takenAt())).setHeader(getTranslation("monthcycle.when"))
                .setKey("when").setAutoWidth(true);
        revisions.addColumn(MonthRevision::takenBy).setHeader(getTranslation("monthcycle.by")).setKey("by")
                .setAutoWidth(true);
        revisions.addColumn(r -> whole.format(r.sessions())).setHeader(getTranslation("reporting.sessions"))
                .setKey("sessions").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        revisions.addColumn(r -> oneDecimal.format(r.hours())).setHeader(getTranslation("reporting.hours"))
                .setKey("hours").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        revisions.addColumn(r -> change(r, oneDecimal)).setHeader(getTranslation("monthcycle.change"))
                .setKey("change").setAutoWidth(true);
        reopenings.addThemeVariants(GridVariant.LUMO_COMPACT);
        reopenings.setAllRowsVisible(true);
        reopenings.addColumn(r -> when.format(r.reopenedAt())).setHeader(getTranslation("monthcycle.when"))
                .setKey("when").setAutoWidth(true);
        reopenings.addColumn(MonthReopening::reopenedBy).setHeader(getTranslation("monthcycle.by")).setKey("by")
                .setAutoWidth(true);
        reopenings.addColumn(MonthReopening::reason).setHeader(getTranslation("monthcycle.reason")).setKey("reason")
                .setFlexGrow(1);
        reopeningsTitle.setText(getTranslation("monthcycle.reopenings"));
        add(new H3(getTranslation("monthcycle.revisions")), revisions, reopeningsTitle, reopenings);
    }

    void show(List<MonthRevision> revisionList, List<MonthReopening> reopeningList) {
        revisions.setItems(revisionList);
        reopenings.setItems(reopeningList);
        reopeningsTitle.setVisible(!reopeningList.isEmpty());
        reopenings.setVisible(!reopeningList.isEmpty());
    }

    /** "3 sesiones más, 1,5 horas más", or "sin cambios". */
    String change(MonthRevision r, NumberFormat oneDecimal) {
        if (!r.changed()) {
            return getTranslation("monthcycle.change.none");
        }
        if (r.sessionsChange() == 0 && r.hoursChange() == 0) {
            return getTranslation("monthcycle.change.other");
        }
        StringBuilder text = new StringBuilder();
        if (r.sessionsChange() != 0) {
            text.append(getTranslation(r.sessionsChange() > 0 ? "monthcycle.change.sessions-more"
                    : "monthcycle.change.sessions-fewer", Math.abs(r.sessionsChange())));
        }
        if (r.hoursChange() != 0) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(getTranslation(r.hoursChange() > 0 ? "monthcycle.change.hours-more"
                    : "monthcycle.change.hours-fewer", oneDecimal.format(Math.abs(r.hoursChange()))));
        }
        return text.toString();
    }
}
