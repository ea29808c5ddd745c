package org.infoplaza.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.infoplaza.reporting.api.ApiTokenSummary;
import org.infoplaza.reporting.api.ApiTokens;
import org.infoplaza.reporting.api.CreatedToken;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Notifications;

/**
 * The administrators' page for the REST API's tokens: give a system a token (its text is shown once, right
 * here, to be copied into that system), see when each was last used, and revoke one after a confirmation.
 * The list never shows a token's text: it is not kept.
 */
@Route("api-tokens")
@Menu(order = 85, title = "api.nav.tokens", icon = "vaadin:key")
@RolesAllowed(Role.ADMIN_NAME)
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    /** As long as the service and the column allow. */
    static final int MAX_LABEL = 100;

    final TextField label = new TextField();
    final Button create = new Button();
    final Div createdPanel = new Div();
    final TextField createdToken = new TextField();
    final Button createdDone = new Button();
    final Grid<ApiTokenSummary> grid = new Grid<>();

    private final ApiTokens tokens;
    private final DateTimeFormatter when;

    ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        this.when = PanamaTime.dateTimeFormat(getLocale());
        add(new H2(getTranslation("api.nav.tokens")), new Paragraph(getTranslation("api.tokens.intro")),
                createForm(), createCreatedPanel(), createGrid());
    }

    private Component createForm() {
        label.setLabel(getTranslation("api.token.label"));
        label.setHelperText(getTranslation("api.token.label.help"));
        label.setRequiredIndicatorVisible(true);
        label.setMaxLength(MAX_LABEL);
        label.setWidth("24em");
        create.setText(getTranslation("api.token.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(label, create);
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
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api.token.never") : format(t.lastUsedAt()))
                .setHeader(getTranslation("api.token.last-used"));
        grid.addColumn(this::status).setHeader(getTranslation("api.token.status"));
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("grid.actions"))
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
        Actions.attempt(() -> tokens.create(text), this::showCreated);
    }

    private void showCreated(CreatedToken created) {
        createdToken.setValue(created.token());
        createdPanel.setVisible(true);
        label.clear();
        grid.getDataProvider().refreshAll();
        Notifications.success(getTranslation("api.token.created.notice", created.summary().label()));
    }

    /** Forgets the token's text: from here on nobody can read it again, only revoke it. */
    void hideCreated() {
        createdToken.clear();
        createdPanel.setVisible(false);
    }

    String status(ApiTokenSummary token) {
        return token.revoked() ? getTranslation("api.token.revoked", format(token.revokedAt()))
                : getTranslation("api.token.active");
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

    private String format(Instant instant) {
        return when.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api.nav.tokens");
    }
}
