package org.infoplaza.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Dialogs;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.shared.ui.Paging;
import org.infoplaza.shared.ui.SearchField;
import org.infoplaza.staff.StaffData;
import org.infoplaza.staff.StaffDetails;
import org.infoplaza.staff.StaffFilter;
import org.infoplaza.staff.StaffService;
import org.springframework.data.domain.Sort;

/**
 * Staff accounts, for administrators: who may sign in, with which role and at which centres. Accounts are
 * deactivated rather than deleted, so the history of who did what stays readable.
 */
@Route("staff")
@Menu(order = 40, title = "nav.staff", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
class StaffView extends VerticalLayout implements HasDynamicTitle {

    final TextField textFilter = new SearchField();
    final Select<Role> roleFilter = new Select<>();
    final Button addAccount = new Button();
    final Button failedSignIns = new Button();
    final Grid<StaffDetails> grid = new Grid<>();
    final Dialog editor = new Dialog();
    final StaffForm form;

    private final StaffService staff;
    private final Map<Long, CentreOption> centres;
    private final long ownAccountId;
    private StaffDetails editing;

    StaffView(StaffService staff, CentreService centreService, CurrentUser currentUser) {
        this.staff = staff;
        List<CentreOption> options = centreService.accessibleCentres();
        this.centres = options.stream().collect(Collectors.toMap(CentreOption::id, Function.identity()));
        this.ownAccountId = currentUser.require().id();
        this.form = new StaffForm(options);
        addClassName("staff-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        configureEditor();
        Dialogs.attachWhileOpen(this, editor);
        refresh();
    }

    private Component createToolbar() {
        textFilter.setPlaceholder(getTranslation("staff.filter.text"));
        textFilter.setWidth("18rem");
        textFilter.addValueChangeListener(e -> refresh());

        roleFilter.setAriaLabel(getTranslation("staff.role"));
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("staff.filter.all-roles"));
        roleFilter.setItems(Role.values());
        roleFilter.setItemLabelGenerator(r -> r == null ? getTranslation("staff.filter.all-roles")
                : getTranslation("role." + r.name()));
        roleFilter.addValueChangeListener(e -> refresh());

        addAccount.setText(getTranslation("staff.add"));
        addAccount.setIcon(new Icon(VaadinIcon.PLUS));
        addAccount.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAccount.addClickListener(e -> openEditor(null));

        failedSignIns.setText(getTranslation("staff.failures"));
        failedSignIns.setIcon(new Icon(VaadinIcon.WARNING));
        failedSignIns.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SignInFailuresView.ROUTE)));

        HorizontalLayout toolbar = new HorizontalLayout(textFilter, roleFilter, addAccount, failedSignIns);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        return toolbar;
    }

    private Component createGrid() {
        grid.addClassName("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(StaffDetails::username).setHeader(getTranslation("staff.username")).setKey("username")
                .setSortProperty("username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StaffDetails::displayName).setHeader(getTranslation("staff.display-name")).setKey("name")
                .setSortProperty("displayName").setTooltipGenerator(StaffDetails::displayName).setResizable(true)
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("staff.role"))
                .setKey("role").setSortProperty("role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> centreNames(a.centreIds())).setHeader(getTranslation("staff.centres")).setKey("centres")
                .setTooltipGenerator(a -> centreNames(a.centreIds())).setResizable(true).setWidth("12rem").setFlexGrow(2);
        grid.addColumn(a -> StaffForm.languageName(a.preferredLanguage())).setHeader(getTranslation("staff.language.column"))
                .setKey("language").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> getTranslation(a.active() ? "staff.active.yes" : "staff.active.no"))
                .setHeader(getTranslation("staff.status")).setKey("active").setSortProperty("active")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(a -> a.lastLoginAt() == null ? getTranslation("staff.last-login.never")
                : PanamaTime.dateTimeFormat(getLocale()).format(a.lastLoginAt()))
                .setHeader(getTranslation("staff.last-login")).setKey("lastLogin").setSortProperty("lastLoginAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::lockedBadge).setHeader(getTranslation("staff.locked")).setKey("locked")
                .setAutoWidth(true).setFlexGrow(0);
        // Always reachable, even when a narrow screen scrolls the grid sideways.
        grid.addComponentColumn(this::actions).setHeader(getTranslation("staff.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("staff.empty"));
        return grid;
    }

    private String centreNames(Set<Long> centreIds) {
        return centreIds.stream()
                .map(id -> centres.containsKey(id) ? centres.get(id).name() : "#" + id)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private Component lockedBadge(StaffDetails account) {
        Span badge = new Span();
        if (account.locked()) {
            badge.setText(getTranslation("staff.locked"));
            badge.getElement().getThemeList().add("badge error");
        }
        return badge;
    }

    private Component actions(StaffDetails account) {
        Button edit = new Button(new Icon(VaadinIcon.EDIT), e -> openEditor(account));
        edit.setAriaLabel(getTranslation("action.edit") + " " + account.username());
        edit.setTooltipText(getTranslation("action.edit"));
        Button setPassword = new Button(new Icon(VaadinIcon.KEY), e -> askNewPassword(account));
        setPassword.setAriaLabel(getTranslation("staff.action.set-password") + " " + account.username());
        setPassword.setTooltipText(getTranslation("staff.action.set-password"));
        HorizontalLayout actions = new HorizontalLayout(edit, setPassword);
        if (account.locked()) {
            Button unlock = new Button(getTranslation("staff.action.unlock"), new Icon(VaadinIcon.UNLOCK),
                    e -> unlock(account));
            unlock.addClassName("unlock-action");
            actions.add(unlock);
        }
        actions.getChildren().map(Button.class::cast)
                .forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY));
        actions.setSpacing(false);
        return actions;
    }

    private void configureEditor() {
        editor.add(form);
        editor.setWidth("min(44rem, 95vw)");
        form.addSaveListener(e -> confirmAndSave(e.data(), e.initialPassword()));
        form.addCancelListener(e -> editor.close());
    }

    private void openEditor(StaffDetails account) {
        editing = account;
        editor.setHeaderTitle(getTranslation(account == null ? "staff.add" : "staff.edit"));
        StaffData data = account == null
                ? new StaffData("", "", null, "es", Role.OPERATOR, Set.of(), true, 0)
                : account.toData();
        form.edit(data, account == null, account != null && account.id() == ownAccountId);
        editor.open();
        (account == null ? form.username : form.displayName).focus();
    }

    /** Switching an account off locks a person out, so it is confirmed before it is saved. */
    private void confirmAndSave(StaffData data, String initialPassword) {
        boolean wasActive = editing == null || editing.active();
        if (wasActive && !data.active()) {
            Confirm.destructive(getTranslation("staff.deactivate.title", data.username()),
                    getTranslation("staff.deactivate.text"), getTranslation("staff.deactivate.confirm"),
                    () -> save(data, initialPassword));
        } else {
            save(data, initialPassword);
        }
    }

    private void save(StaffData data, String initialPassword) {
        try {
            StaffDetails saved = editing == null ? staff.create(data, initialPassword) : staff.update(editing.id(), data);
            editor.close();
            Notifications.success(getTranslation("staff.saved", saved.username()));
            refresh();
        } catch (DomainException refusal) {
            String message = getTranslation(refusal.messageKey(), refusal.arguments());
            switch (refusal.messageKey()) {
                case "staff.username.taken" -> form.showUsernameError(message);
                case "staff.password.too-short", "staff.password.contains-username", "staff.password.common" -> form.showPasswordError(message);
                default -> Notifications.refused(refusal);
            }
            if (refusal instanceof ConcurrentEditException) {
                // The message asks to reopen the form; the grid must then offer the colleague's version.
                refresh();
            }
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
    }

    private void askNewPassword(StaffDetails account) {
        new SetPasswordDialog(account.username(), (password, mustChange) -> refreshUnless(Actions.attempt(
                () -> staff.setPassword(account.id(), account.version(), password, mustChange),
                saved -> {
                    Notifications.success(saved.mustChangePassword()
                            ? getTranslation("staff.set-password.done.must-change", saved.username())
                            : getTranslation("staff.set-password.done", saved.username()));
                    refresh();
                }))).open();
    }

    private void unlock(StaffDetails account) {
        refreshUnless(Actions.attempt(() -> staff.unlock(account.id(), account.version()), saved -> {
            Notifications.success(getTranslation("staff.unlocked", saved.username()));
            refresh();
        }));
    }

    /** After a refusal the row may be stale (a colleague changed it, or the lock expired): show it afresh. */
    private boolean refreshUnless(boolean succeeded) {
        if (!succeeded) {
            refresh();
        }
        return succeeded;
    }

    private void refresh() {
        StaffFilter filter = new StaffFilter(textFilter.getValue(), roleFilter.getValue());
        grid.setItems(query -> staff.page(filter,
                Paging.of(query, Sort.by("username"))).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff");
    }
}
