package org.infoplaza.member.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.infoplaza.member.ConsentChannel;
import org.infoplaza.member.ConsentData;
import org.infoplaza.member.ConsentParty;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.ui.DateFields;
import org.infoplaza.shared.ui.Notifications;

/**
 * Records a consent given at the desk, new or renewed: purpose, who gave it, how, which text version
 * (today's by default), the minor's assent, and the day it was given (today by default, never later).
 */
class ConsentDialog extends Dialog {

    final Select<ConsentPurpose> purpose = new Select<>();
    final RadioButtonGroup<ConsentParty> givenBy = new RadioButtonGroup<>();
    final RadioButtonGroup<ConsentChannel> channel = new RadioButtonGroup<>();
    final TextField textVersion = new TextField();
    final Checkbox assent = new Checkbox();
    final DatePicker grantedAt = new DatePicker();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<Model> binder = new Binder<>();
    private final Supplier<LocalDate> today;
    private final Model model = new Model();

    ConsentDialog(Supplier<LocalDate> today) {
        this.today = today;
        setHeaderTitle(getTranslation("member.consent.record"));
        setWidth("min(36rem, 95vw)");
        purpose.setLabel(getTranslation("member.consent.purpose"));
        purpose.setItems(ConsentPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation("member.consent.purpose." + p.name()));
        givenBy.setLabel(getTranslation("member.consent.party"));
        givenBy.setItems(ConsentParty.values());
        givenBy.setItemLabelGenerator(p -> getTranslation("member.consent.party." + p.name()));
        channel.setLabel(getTranslation("member.consent.how"));
        channel.setItems(ConsentChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation("member.consent.channel." + c.name()));
        textVersion.setLabel(getTranslation("member.consent.text-version"));
        textVersion.setMaxLength(20);
        assent.setLabel(getTranslation("member.consent.assent"));
        DateFields.panamanian(grantedAt).setLabel(getTranslation("member.consent.date"));

        binder.forField(purpose).asRequired(getTranslation("member.consent.purpose.required"))
                .bind(m -> m.purpose, (m, v) -> m.purpose = v);
        binder.forField(givenBy).asRequired(getTranslation("member.consent.party.required"))
                .bind(m -> m.givenBy, (m, v) -> m.givenBy = v);
        binder.forField(channel).asRequired(getTranslation("member.consent.channel.required"))
                .bind(m -> m.channel, (m, v) -> m.channel = v);
        binder.forField(textVersion).asRequired(getTranslation("member.consent.text-version.required"))
                .bind(m -> m.textVersion, (m, v) -> m.textVersion = v);
        binder.forField(assent).bind(m -> m.assent, (m, v) -> m.assent = v);
        binder.forField(grantedAt).asRequired(getTranslation("member.consent.date.required"))
                .withValidator(d -> !d.isAfter(today.get()), getTranslation("member.consent.date.future"))
                .bind(m -> m.grantedAt, (m, v) -> m.grantedAt = v);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.writeBeanIfValid(model)) {
                fireEvent(new SaveEvent(this, model.toData()));
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        FormLayout layout = new FormLayout(purpose, grantedAt, givenBy, channel, textVersion, assent);
        layout.setColspan(channel, 2);
        add(layout);
        getFooter().add(cancel, save);
    }

    /** A minor's consent comes from the guardian, an adult's from themselves; staff can change it. */
    void start(MemberDetails member, boolean minor) {
        model.purpose = null;
        model.givenBy = minor ? ConsentParty.GUARDIAN : ConsentParty.MEMBER;
        model.channel = null;
        model.textVersion = ConsentData.CURRENT_TEXT_VERSION;
        model.assent = false;
        model.grantedAt = today.get();
        grantedAt.setMax(today.get());
        assent.setVisible(minor);
        binder.readBean(model);
        open();
    }

    void showRefusal(DomainException refusal) {
        String message = getTranslation(refusal.messageKey(), refusal.arguments());
        switch (refusal.messageKey()) {
            case "member.consent.date.future", "member.consent.date.expired" -> {
                grantedAt.setInvalid(true);
                grantedAt.setErrorMessage(message);
            }
            case "member.consent.minor-needs-guardian" -> {
                givenBy.setInvalid(true);
                givenBy.setErrorMessage(message);
            }
            default -> Notifications.refused(refusal);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ConsentDialog> {
        private final ConsentData data;

        SaveEvent(ConsentDialog source, ConsentData data) {
            super(source, false);
            this.data = data;
        }

        ConsentData data() {
            return data;
        }
    }

    /** The dialog's working copy. */
    static final class Model {
        ConsentPurpose purpose;
        ConsentParty givenBy;
        ConsentChannel channel;
        String textVersion;
        boolean assent;
        LocalDate grantedAt;

        ConsentData toData() {
            return new ConsentData(purpose, givenBy, grantedAt, channel, textVersion, assent);
        }
    }
}
