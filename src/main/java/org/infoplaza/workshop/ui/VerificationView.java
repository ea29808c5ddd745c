package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.LanguageSwitch;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CertificateVerification;

/**
 * The public page a certificate's QR code opens, without sign-in: anyone (an employer, a school) types or
 * scans a code and learns whether the certificate is valid, revoked, or does not exist, and what it
 * certifies: course, hours, dates, centre, issue date. It never shows who holds it; the paper does that.
 */
@Route(value = "verificar/:code?", autoLayout = false)
@AnonymousAllowed
class VerificationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CODE = "code";
    static final int MAX_TYPED = 40;

    final TextField code = new TextField();
    final Button verify = new Button();
    final Div result = new Div();
    final H2 status = new H2();
    final Paragraph explanation = new Paragraph();
    final DescriptionList details = new DescriptionList();

    private final CertificateService certificates;

    VerificationView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("verification-view");
        setMaxWidth("44rem");
        getStyle().set("margin", "0 auto");
        H1 heading = new H1(getTranslation("certificates.verify.title"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        HorizontalLayout top = new HorizontalLayout(heading, new LanguageSwitch());
        top.setWidthFull();
        // At 320 px (or 400 % zoom) the language switch goes under the title and the button under the field,
        // instead of pushing the page sideways (WCAG 1.4.10).
        top.setWrap(true);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        code.setLabel(getTranslation("certificates.verify.code"));
        code.setPlaceholder("XXXX-XXXX-XXXX");
        code.setMaxLength(MAX_TYPED);
        code.setWidth("16rem");
        code.setMaxWidth("100%");
        code.getElement().setAttribute("autocapitalize", "characters");
        verify.setText(getTranslation("certificates.verify.action"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER).listenOn(code);
        verify.addClickListener(e -> show(code.getValue()));
        HorizontalLayout form = new HorizontalLayout(code, verify);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        status.addClassName("verification-status");
        result.addClassName("verification-result");
        result.getElement().setAttribute("role", "status");
        result.add(status, explanation, details);
        result.setVisible(false);
        add(top, new Paragraph(getTranslation("certificates.verify.intro")), form, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> typed = event.getRouteParameters().get(CODE);
        if (typed.isPresent()) {
            code.setValue(typed.get().length() > MAX_TYPED ? typed.get().substring(0, MAX_TYPED) : typed.get());
            show(code.getValue());
        } else {
            result.setVisible(false);
        }
    }

    /** Shows what the code certifies; a code that matches nothing gets the same answer, forged or mistyped. */
    void show(String typed) {
        if (typed == null || typed.isBlank()) {
            result.setVisible(false);
            return;
        }
        Optional<CertificateVerification> found = certificates.verify(typed);
        details.removeAll();
        result.setVisible(true);
        if (found.isEmpty()) {
            status.setText(getTranslation("certificates.verify.invalid"));
            explanation.setText(getTranslation("certificates.verify.invalid.text", typed.strip()));
            explanation.setVisible(true);
            details.setVisible(false);
            colour("var(--lumo-error-text-color)");
            return;
        }
        CertificateVerification verification = found.get();
        code.setValue(verification.code());
        status.setText(getTranslation(verification.valid() ? "certificates.verify.valid" : "certificates.verify.revoked"));
        explanation.setText(getTranslation("certificates.verify.revoked.text"));
        explanation.setVisible(verification.revoked());
        colour(verification.valid() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        Locale locale = getLocale();
        row("certificates.verify.course", verification.courseTitle());
        row("certificates.verify.hours", hours(verification.hours(), locale));
        row("certificates.verify.dates", getTranslation("certificates.verify.dates.value",
                PanamaTime.dateFormat(locale).format(verification.firstDay()),
                PanamaTime.dateFormat(locale).format(verification.lastDay())));
        row("certificates.verify.centre", verification.centreName());
        row("certificates.verify.issued", PanamaTime.dateFormat(locale).format(verification.issuedOn()));
        details.setVisible(true);
    }

    private void colour(String colour) {
        status.getStyle().set("color", colour);
    }

    private void row(String labelKey, String value) {
        details.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private static String hours(BigDecimal hours, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(hours);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.verify.title") + " · " + getTranslation("app.name");
    }
}
