package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TreeSet;
import org.infoplaza.reporting.api.ApiTokenSummary;
import org.infoplaza.reporting.api.ApiTokens;
import org.infoplaza.reporting.api.CreatedToken;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Dialogs;
import org.infoplaza.shared.ui.Notifications;

/**
 * The administrators' page for the REST API's tokens: give a system a token valid for a period they pick (its
 * text is shown once, right here, to be copied into that system), see when each expires and was last used,
 * rotate one (a new text, shown once; the old one works for a grace period unless ended at once) and revoke
 * one after a confirmation. The list never shows a token's text: it is not kept.
 */
@Route("api-tokens")
@Menu(order = 85, title = "api.nav.tokens", icon = "vaadin:key")
@RolesAllowed(Role.ADMIN_NAME)
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    /** As long as the service and the column allow. */
    static final int MAX_LABEL = 100;

    /** The periods offered, besides the configured default; none beyond the configured maximum. */
    static final List<Integer> VALIDITY_CHOICES = List.of(30, 90, 180, 365);

    final TextField label = new TextField();
    final Select<Integer> validity = new Select<>();
    final Button create = new Button();
    final Div createdPanel = new Div();
    final TextField createdToken = new TextField();
    final Button createdDone = new Button();
    final Grid<ApiTokenSummary> grid = new Grid<>();
    /** The last rotation asked about, with its fields: new for each question. */
    Dialog rotateDialog;
    Select<Integer> rotateValidity;
    Checkbox rotateEndPrevious;
    Button rotateConfirm;

    private final ApiTokens tokens;
    private final Clock clock;
    private final DateTimeFormatter when;

    ApiTokensView(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        this.when = PanamaTime.dateTimeFormat(getLocale());
        add(new H2(getTranslation("api.nav.tokens")), new Paragraph(getTranslation("api.tokens.intro")),
                createForm(), createCreatedPanel(), createGrid());
    }

    private Component createForm() {
        label.setLabel(getTranslation("api.token.label"));
        label.setHelperText(getTranslation("api.token.label.help"));
        label.setRequiredIndicatorVisible(true);
        label.setMaxLength(MAX_LABEL);
        label.setWidth("min(24em, 100%)");
        configureValidity(validity);
        validity.setHelperText(getTranslation("api.token.validity.help"));
        create.setText(getTranslation("api.token.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(label, validity, create);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return form;
    }

    private Component createCreatedPanel() {
        createdToken.setLabel(getTranslation("api.token.created.label"));
        createdToken.setReadOnly(true);
        createdToken.setWidthFull();
        createdDone.setText(getTranslation("api.token.created.done"));
        createdDone.addClickListener(e -> hideCreated());
        createdPanel.add(new Paragraph(getTranslation("api.token.created.once")), createdToken, createdDone);
        createdPanel.setWidthFull();
        createdPanel.setVisible(false);
        return createdPanel;
    }

    private Component createGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ApiTokenSummary::label).setHeader(getTranslation("api.token.label")).setFlexGrow(2);
        grid.addColumn(t -> format(t.createdAt()) + " · " + t.createdBy())
                .setHeader(getTranslation("api.token.created"));
        grid.addColumn(t -> format(t.expiresAt())).setHeader(getTranslation("api.token.expires"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api.token.never") : format(t.lastUsedAt()))
                .setHeader(getTranslation("api.token.last-used"));
        grid.addColumn(this::status).setHeader(getTranslation("api.token.status")).setFlexGrow(2);
        // A header of its own for each button's column, so a screen reader names each cell (not "Acciones" twice).
        grid.addComponentColumn(this::rotateButton).setHeader(getTranslation("api.token.rotation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("api.token.revocation"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> tokens.page(query.getOffset(), query.getLimit()).stream());
        return grid;
    }

    void create() {
        String text = label.getValue().strip();
        if (text.isEmpty()) {
            label.setErrorMessage(getTranslation("api.token.label.required"));
            label.setInvalid(true);
            return;
        }
        label.setInvalid(false);
        Actions.attempt(() -> tokens.create(text, validity.getValue()), created -> {
            showOnce(created);
            label.clear();
            Notifications.success(getTranslation("api.token.created.notice", created.summary().label()));
        });
    }

    /** Shows a token's text, the one time it exists outside the system that will use it. */
    private void showOnce(CreatedToken created) {
        createdToken.setValue(created.token());
        createdPanel.setVisible(true);
        grid.getDataProvider().refreshAll();
    }

    /** Forgets the token's text: from here on nobody can read it again, only revoke it. */
    void hideCreated() {
        createdToken.clear();
        createdPanel.setVisible(false);
    }

    String status(ApiTokenSummary token) {
        Instant now = clock.instant();
        if (token.revoked()) {
            return getTranslation("api.token.revoked", format(token.revokedAt()));
        }
        if (token.expired(now)) {
            return getTranslation("api.token.expired", format(token.expiresAt()));
        }
        if (token.previousWorks(now)) {
            return getTranslation("api.token.previous-until", format(token.previousValidUntil()));
        }
        return getTranslation("api.token.active");
    }

    private Component rotateButton(ApiTokenSummary token) {
        Button rotate = new Button(getTranslation("api.token.rotate"));
        rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        rotate.setVisible(!token.revoked());
        rotate.addClickListener(e -> askRotate(token));
        return rotate;
    }

    /** Asks for the new secret's validity and whether the old one must stop at once, then rotates. */
    void askRotate(ApiTokenSummary token) {
        Duration grace = tokens.rotationGrace();
        boolean withGrace = !grace.isZero();
        Dialog dialog = Dialogs.attachWhileOpen(this, new Dialog());
        dialog.setHeaderTitle(getTranslation("api.token.rotate.title"));
        Select<Integer> newValidity = new Select<>();
        configureValidity(newValidity);
        Checkbox endPrevious = new Checkbox(getTranslation("api.token.rotate.end-previous"));
        endPrevious.setVisible(withGrace);
        String text = withGrace ? getTranslation("api.token.rotate.text", token.label(), describe(grace))
                : getTranslation("api.token.rotate.text.no-grace", token.label());
        dialog.add(new VerticalLayout(new Paragraph(text), newValidity, endPrevious));
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("api.token.rotate"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> Actions.attempt(
                () -> tokens.rotate(token.id(), newValidity.getValue(), endPrevious.getValue()), rotated -> {
                    dialog.close();
                    showOnce(rotated);
                    ApiTokenSummary summary = rotated.summary();
                    Notifications.success(summary.previousValidUntil() == null
                            ? getTranslation("api.token.rotated.notice.ended", summary.label())
                            : getTranslation("api.token.rotated.notice", summary.label(),
                                    format(summary.previousValidUntil())));
                }));
        dialog.getFooter().add(cancel, confirm);
        this.rotateDialog = dialog;
        this.rotateValidity = newValidity;
        this.rotateEndPrevious = endPrevious;
        this.rotateConfirm = confirm;
        dialog.open();
    }

    private Component revokeButton(ApiTokenSummary token) {
        Button revoke = new Button(getTranslation("api.token.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setVisible(!token.revoked());
        revoke.addClickListener(e -> confirmRevoke(token));
        return revoke;
    }

    void confirmRevoke(ApiTokenSummary token) {
        Confirm.destructive(getTranslation("api.token.revoke.title"),
                getTranslation("api.token.revoke.text", token.label()), getTranslation("api.token.revoke"),
                () -> Actions.attempt(() -> tokens.revoke(token.id()), revoked -> {
                    grid.getDataProvider().refreshAll();
                    Notifications.success(getTranslation("api.token.revoked.notice", revoked.label()));
                }));
    }

    /** The configured default, the usual periods, and nothing beyond the maximum; the default chosen. */
    private void configureValidity(Select<Integer> select) {
        TreeSet<Integer> days = new TreeSet<>(VALIDITY_CHOICES);
        days.add(tokens.defaultValidityDays());
        days.removeIf(d -> d > tokens.maxValidityDays());
        select.setLabel(getTranslation("api.token.validity"));
        select.setItems(days);
        select.setItemLabelGenerator(d -> getTranslation("api.token.validity.days", d));
        select.setValue(tokens.defaultValidityDays());
    }

    private String describe(Duration grace) {
        return grace.toMinutes() % 60 == 0 ? getTranslation("api.token.grace.hours", grace.toHours())
                : getTranslation("api.token.grace.minutes", grace.toMinutes());
    }

    private String format(Instant instant) {
        return when.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.nav.tokens");
    }
}
