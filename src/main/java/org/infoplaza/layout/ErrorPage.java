package org.infoplaza.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What every error page shows inside the main layout: a title and a sentence in the user's language and a
 * way back home. Never the route list, the exception or a stack trace, in development mode too.
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    final Button home = new Button();

    private String pageTitle = "";

    ErrorPage() {
        addClassName("error-page");
        home.setText(getTranslation("error.home"));
        home.setIcon(new Icon(VaadinIcon.HOME));
        home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // A route name, not the home view's class: the layout never imports feature views.
        home.addClickListener(e -> UI.getCurrent().navigate(""));
        text.getElement().setAttribute("role", "alert");
        add(title, text, home);
    }

    /** Fills the page from {@code key}.title and {@code key}.text of the bundle. */
    void show(String titleKey, String textKey) {
        pageTitle = getTranslation(titleKey);
        title.setText(pageTitle);
        text.setText(getTranslation(textKey));
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
