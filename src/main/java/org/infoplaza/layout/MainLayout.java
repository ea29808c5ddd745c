package org.infoplaza.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.ui.CentresChanged;
import org.infoplaza.shared.ui.LanguageSwitch;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The frame around every signed-in page. The side navigation lists the views whose {@code @Menu} the
 * user's role may open; menu titles are translation keys.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout implements AfterNavigationObserver {

    final SideNav navigation = new SideNav();
    final ComboBox<CentreOption> centreSelector = new ComboBox<>();
    final H1 viewTitle = new H1();

    private final CentreContext centreContext;
    private List<CentreOption> shownCentres = List.of();
    private Registration centresChanged;

    MainLayout(CentreContext centreContext, CurrentUser currentUser, AuthenticationContext authentication) {
        this.centreContext = centreContext;
        setPrimarySection(Section.DRAWER);
        addToDrawer(createBrand(), new Scroller(createNavigation()));
        // An error page can open with nobody signed in (an unknown address) or with the database away.
        addToNavbar(currentUser.find().map(user -> createHeaderOrPlain(user, authentication))
                .orElseGet(() -> createPlainHeader(false)));
    }

    private Component createHeaderOrPlain(StaffPrincipal user, AuthenticationContext authentication) {
        try {
            return createHeader(user, authentication);
        } catch (DataAccessException | TransactionException databaseAway) {
            return createPlainHeader(true);
        }
    }

    /** The header without the user's centres: the title, the language and a way to sign in. */
    private Component createPlainHeader(boolean signedIn) {
        viewTitle.addClassName("view-title");
        Anchor signIn = new Anchor("login", getTranslation("error.sign-in"));
        signIn.setVisible(!signedIn);
        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle, spacer, new LanguageSwitch(), signIn);
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        header.getElement().setAttribute("role", "banner");
        return header;
    }

    private Component createBrand() {
        // The application's name is not the page's heading: the view title is (one h1 per page).
        Div brand = new Div(getTranslation("app.name"));
        brand.addClassName("brand");
        return brand;
    }

    private SideNav createNavigation() {
        navigation.setLabel(getTranslation("nav.label"));
        List<MenuEntry> entries = MenuConfiguration.getMenuEntries();
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            navigation.addItem(item);
        }
        return navigation;
    }

    private Component createHeader(StaffPrincipal user, AuthenticationContext authentication) {
        viewTitle.addClassName("view-title");

        centreSelector.setAriaLabel(getTranslation("centre.selector.label"));
        centreSelector.setPlaceholder(getTranslation("centre.selector.label"));
        centreSelector.setItemLabelGenerator(CentreOption::label);
        refreshCentres();
        centreSelector.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null && centreContext.select(event.getValue().id())) {
                UI.getCurrent().getPage().reload();
            }
        });

        // A route name, not the view class: the layout never imports feature views.
        Anchor userName = new Anchor("account", new Icon(VaadinIcon.USER), new Span(user.displayName()));
        userName.getElement().setAttribute("router-link", true);
        userName.addClassName("current-user");
        userName.getElement().setAttribute("title", getTranslation("role." + user.role().name()));

        Button logout = new Button(getTranslation("action.logout"), new Icon(VaadinIcon.SIGN_OUT),
                click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // On a narrow laptop only its icon shows (app.css): the name stays for the tooltip and screen readers.
        logout.addClassName("logout");
        logout.setAriaLabel(getTranslation("action.logout"));
        logout.setTooltipText(getTranslation("action.logout"));

        Div spacer = new Div();
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle, spacer, centreSelector,
                new LanguageSwitch(), userName, logout);
        header.setFlexGrow(1, spacer);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        header.getElement().setAttribute("role", "banner");
        return header;
    }

    /**
     * The centres the user may work at, read again: a centre an administrator just added appears without a
     * page reload, at the next navigation or at once when the view that added it says so ({@link CentresChanged}).
     */
    void refreshCentres() {
        List<CentreOption> options = centreContext.options();
        if (!options.equals(shownCentres)) {
            shownCentres = options;
            centreSelector.setItems(options);
        }
        centreSelector.setValue(centreContext.current().orElse(null));
        centreSelector.setVisible(!options.isEmpty());
        centreSelector.setReadOnly(options.size() == 1);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        centresChanged = ComponentUtil.addListener(attachEvent.getUI(), CentresChanged.class,
                event -> refreshCentres());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        centresChanged.remove();
        super.onDetach(detachEvent);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        refreshCentres();
    }
}
