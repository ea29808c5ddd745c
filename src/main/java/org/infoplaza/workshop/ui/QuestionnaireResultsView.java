package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.infoplaza.security.Role;
import org.infoplaza.workshop.QuestionnaireItemResult;
import org.infoplaza.workshop.QuestionnaireResults;
import org.infoplaza.workshop.QuestionnaireService;

/**
 * A cohort's questionnaire in aggregate: per statement the mean before and after the course, the change and
 * how many answered. A mean of fewer than five people shows as "&lt;5", and so does its count.
 */
@Route("workshops/:cohortId([0-9]{1,18})/questionnaire")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
class QuestionnaireResultsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String COHORT_ID = "cohortId";

    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Paragraph note = new Paragraph();
    final Grid<QuestionnaireItemResult> items = new Grid<>();

    private final QuestionnaireService questionnaires;
    private NumberFormat decimals;

    QuestionnaireResultsView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("questionnaire-results-view");
        back.getElement().setAttribute("router-link", true);
        back.setText(getTranslation("questionnaire.results.to-cohort"));
        note.setText(getTranslation("questionnaire.results.note", QuestionnaireResults.MIN_GROUP));
        configureGrid();
        add(back, title, note, items);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QuestionnaireResults results;
        try {
            long cohortId = event.getRouteParameters().getLong(COHORT_ID)
                    .orElseThrow(org.infoplaza.shared.NotFoundException::new);
            results = questionnaires.results(cohortId);
        } catch (org.infoplaza.shared.NotFoundException unknownOrOutOfReach) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        back.setHref("workshops/" + results.cohortId());
        title.setText(getTranslation("questionnaire.results.title") + " · " + results.courseTitle() + " · "
                + results.cohortName());
        items.setItems(results.items());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questionnaire.results.title");
    }

    private void configureGrid() {
        decimals = NumberFormat.getNumberInstance(getLocale());
        decimals.setMinimumFractionDigits(1);
        decimals.setMaximumFractionDigits(1);
        items.addColumn(i -> i.position() + ". " + i.text()).setHeader(getTranslation("questionnaire.results.statement"))
                .setKey("statement").setFlexGrow(3)
                .setTooltipGenerator(QuestionnaireItemResult::text);
        items.addColumn(i -> mean(i.preAnswers(), i.preMean())).setHeader(getTranslation("questionnaire.results.pre"))
                .setKey("pre").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        items.addColumn(i -> mean(i.postAnswers(), i.postMean())).setHeader(getTranslation("questionnaire.results.post"))
                .setKey("post").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        items.addColumn(this::change).setHeader(getTranslation("questionnaire.results.change"))
                .setKey("change").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        items.addColumn(i -> count(i.preAnswers())).setHeader(getTranslation("questionnaire.results.pre-count"))
                .setKey("preCount").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        items.addColumn(i -> count(i.postAnswers())).setHeader(getTranslation("questionnaire.results.post-count"))
                .setKey("postCount").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        items.setAllRowsVisible(true);
        items.setEmptyStateText(getTranslation("questionnaire.results.empty"));
    }

    private String mean(int answers, BigDecimal mean) {
        if (answers == 0) {
            return getTranslation("questionnaire.results.none");
        }
        return mean == null ? getTranslation("questionnaire.results.suppressed") : decimals.format(mean);
    }

    private String change(QuestionnaireItemResult item) {
        BigDecimal change = item.change();
        if (change == null) {
            return getTranslation(item.preSuppressed() || item.postSuppressed() ? "questionnaire.results.suppressed"
                    : "questionnaire.results.none");
        }
        return (change.signum() > 0 ? "+" : "") + decimals.format(change);
    }

    private String count(int answers) {
        if (answers == 0) {
            return "0";
        }
        return answers < QuestionnaireResults.MIN_GROUP ? getTranslation("questionnaire.results.suppressed")
                : String.valueOf(answers);
    }
}
