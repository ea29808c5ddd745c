package org.infoplaza.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.infoplaza.notification.JobOverview;
import org.infoplaza.notification.Jobs;
import org.infoplaza.notification.Outbox;
import org.infoplaza.notification.OutboxFilter;
import org.infoplaza.notification.OutboxMessageDetails;
import org.infoplaza.notification.OutboxStatus;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.shared.ui.Paging;
import org.infoplaza.shared.ui.SearchField;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;

/**
 * What runs in the background: every scheduled job with its last and next run, and the mail outbox with
 * the fate of each message (sent, waiting for a retry, failed, skipped and why). Admins retry or cancel
 * messages and send a test e-mail to check the mail settings.
 */
@Route("system")
@Menu(order = 80, title = "nav.system", icon = "vaadin:cogs")
@RolesAllowed(Role.ADMIN_NAME)
class SystemView extends VerticalLayout implements HasDynamicTitle {

    final Grid<JobOverview> jobs = new Grid<>();
    final Select<OutboxStatus> statusFilter = new Select<>();
    final TextField textFilter = new SearchField();
    final Grid<OutboxMessageDetails> outbox = new Grid<>();
    final EmailField testAddress = new EmailField();
    final Button sendTest = new Button();

    private final Jobs jobService;
    private final Outbox outboxService;
    private final DateTimeFormatter timeFormat;

    SystemView(Jobs jobService, Outbox outboxService, @Value("${infoplaza.mail.capture}") boolean captured) {
        this.jobService = jobService;
        this.outboxService = outboxService;
        this.timeFormat = PanamaTime.dateTimeFormat(getLocale());
        addClassName("system-view");
        setSizeFull();
        if (captured) {
            Paragraph notice = new Paragraph(getTranslation("system.mail.captured"));
            notice.addClassName("captured-notice");
            add(notice);
        }
        add(new H2(getTranslation("system.jobs")), createJobsGrid(),
                new H2(getTranslation("system.outbox")), createOutboxToolbar(), createOutboxGrid());
        refreshJobs();
        refreshOutbox();
    }

    private Component createJobsGrid() {
        // Long texts are cut to the column; the whole text shows on hover.
        jobs.addColumn(job -> getTranslation(job.description())).setHeader(getTranslation("system.jobs.name"))
                .setTooltipGenerator(job -> getTranslation(job.description())).setFlexGrow(2);
        jobs.addColumn(job -> format(job.previousFire())).setHeader(getTranslation("system.jobs.previous")).setAutoWidth(true);
        jobs.addColumn(job -> format(job.nextFire())).setHeader(getTranslation("system.jobs.next")).setAutoWidth(true);
        jobs.addColumn(this::lastResult).setHeader(getTranslation("system.jobs.result"))
                .setTooltipGenerator(this::lastResult).setFlexGrow(2);
        jobs.setAllRowsVisible(true);
        return jobs;
    }

    private String lastResult(JobOverview job) {
        if (job.lastRun() == null) {
            return getTranslation("system.jobs.never");
        }
        String detail = format(job.lastRun().finishedAt()) + " · " + job.lastRun().node()
                + (job.lastRun().message() == null ? "" : " · " + job.lastRun().message());
        return getTranslation(job.lastRun().succeeded() ? "system.jobs.ok" : "system.jobs.failed", detail);
    }

    private Component createOutboxToolbar() {
        statusFilter.setAriaLabel(getTranslation("system.outbox.status"));
        statusFilter.setItems(OutboxStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("system.outbox.filter.all"));
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("system.outbox.filter.all")
                : getTranslation("system.outbox.status." + s.name()));
        statusFilter.addValueChangeListener(e -> refreshOutbox());

        textFilter.setPlaceholder(getTranslation("system.outbox.filter.text"));
        textFilter.addValueChangeListener(e -> refreshOutbox());

        Button refresh = new Button(getTranslation("system.outbox.refresh"), new Icon(VaadinIcon.REFRESH), e -> {
            refreshJobs();
            refreshOutbox();
        });

        testAddress.setPlaceholder(getTranslation("system.test-mail.address"));
        testAddress.setAriaLabel(getTranslation("system.test-mail.address"));
        testAddress.setErrorMessage(getTranslation("system.test-mail.invalid"));
        sendTest.setText(getTranslation("system.test-mail"));
        sendTest.setIcon(new Icon(VaadinIcon.ENVELOPE));
        sendTest.addClickListener(e -> sendTestMail());

        HorizontalLayout toolbar = new HorizontalLayout(statusFilter, textFilter, refresh, testAddress, sendTest);
        toolbar.setWrap(true);
        toolbar.addClassName("toolbar");
        return toolbar;
    }

    private Component createOutboxGrid() {
        outbox.addColumn(m -> format(m.createdAt())).setHeader(getTranslation("system.outbox.created"))
                .setKey("createdAt").setSortable(true).setAutoWidth(true);
        outbox.addColumn(m -> m.recipientEmail() == null ? nullToEmpty(m.recipientName())
                : m.recipientEmail()).setHeader(getTranslation("system.outbox.recipient")).setAutoWidth(true);
        outbox.addColumn(this::subject).setHeader(getTranslation("system.outbox.subject"))
                .setTooltipGenerator(this::subject).setFlexGrow(3);
        outbox.addComponentColumn(this::statusBadge).setHeader(getTranslation("system.outbox.status")).setAutoWidth(true);
        outbox.addColumn(OutboxMessageDetails::attempts).setHeader(getTranslation("system.outbox.attempts")).setAutoWidth(true);
        outbox.addColumn(this::detail).setHeader(getTranslation("system.outbox.detail")).setKey("detail")
                .setTooltipGenerator(this::detail).setFlexGrow(2);
        outbox.addComponentColumn(this::actions).setHeader(getTranslation("system.outbox.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        outbox.setItemDetailsRenderer(new ComponentRenderer<>(m -> new Pre(m.purged() ? subject(m) : m.bodyText())));
        outbox.setEmptyStateText(getTranslation("system.outbox.empty"));
        outbox.setMinHeight("20rem");
        return outbox;
    }

    /** A purged message has no subject left: it says so, and when (its kind shows what it was). */
    private String subject(OutboxMessageDetails message) {
        return message.purged() ? getTranslation("system.outbox.purged", message.kind(), format(message.purgedAt()))
                : message.subject();
    }

    private Component statusBadge(OutboxMessageDetails message) {
        Span badge = new Span(getTranslation("system.outbox.status." + message.status().name()));
        String theme = switch (message.status()) {
            case SENT -> "badge success";
            case FAILED -> "badge error";
            case PENDING, SENDING -> "badge";
            case SKIPPED, CANCELLED -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    private String detail(OutboxMessageDetails message) {
        return switch (message.status()) {
            case PENDING -> getTranslation("system.outbox.next-attempt", format(message.nextAttemptAt()))
                    + (message.lastError() == null ? "" : " · " + message.lastError());
            case FAILED -> nullToEmpty(message.lastError());
            case SKIPPED -> "no-email".equals(message.skipReason()) ? getTranslation("system.outbox.skip.no-email")
                    : nullToEmpty(message.skipReason());
            case SENT -> format(message.sentAt());
            case SENDING, CANCELLED -> "";
        };
    }

    private Component actions(OutboxMessageDetails message) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        boolean retriable = message.status() == OutboxStatus.FAILED || message.status() == OutboxStatus.CANCELLED
                || (message.status() == OutboxStatus.SKIPPED && message.recipientEmail() != null);
        if (retriable && !message.purged()) {
            Button retry = new Button(getTranslation("system.outbox.retry"), e -> Actions.attempt(
                    () -> outboxService.retry(message.id(), message.version()), done -> {
                        Notifications.success(getTranslation("system.outbox.retried"));
                        refreshOutbox();
                    }));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(retry);
        }
        if (message.status() == OutboxStatus.PENDING || message.status() == OutboxStatus.FAILED) {
            Button cancel = new Button(getTranslation("system.outbox.cancel"), e -> Confirm.destructive(
                    getTranslation("system.outbox.cancel.title"), getTranslation("system.outbox.cancel.text"),
                    getTranslation("system.outbox.cancel"), () -> Actions.attempt(
                            () -> outboxService.cancel(message.id(), message.version()), done -> {
                                Notifications.success(getTranslation("system.outbox.cancelled"));
                                refreshOutbox();
                            })));
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        return actions;
    }

    private void sendTestMail() {
        String address = testAddress.getValue().strip();
        if (address.isEmpty() || testAddress.isInvalid()) {
            testAddress.setInvalid(true);
            return;
        }
        Actions.attempt(() -> outboxService.sendTestMail(address, getLocale()), queued -> {
            Notifications.success(getTranslation("system.test-mail.queued", address));
            testAddress.clear();
            refreshOutbox();
        });
    }

    private void refreshJobs() {
        jobs.setItems(jobService.overview());
    }

    private void refreshOutbox() {
        OutboxFilter filter = new OutboxFilter(statusFilter.getValue(), textFilter.getValue());
        outbox.setItems(query -> outboxService.page(filter,
                Paging.of(query, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")))).stream(),
                query -> (int) outboxService.count(filter));
    }

    private String format(Instant instant) {
        return instant == null ? "—" : timeFormat.format(instant);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.system");
    }
}
