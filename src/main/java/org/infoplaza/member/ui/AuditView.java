package org.infoplaza.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.infoplaza.member.AuditEntryDetails;
import org.infoplaza.member.AuditFilter;
import org.infoplaza.member.MemberPrivacy;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.DateFields;
import org.infoplaza.shared.ui.SearchField;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The audit log of members' records, for administrators: who viewed a minor's data or changed any member's,
 * newest first. It names members by number only, so reading the log reveals no names.
 */
@Route("audit")
@Menu(order = 70, title = "nav.audit", icon = "vaadin:clipboard-text")
@RolesAllowed(Role.ADMIN_NAME)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("happenedAt"), Sort.Order.desc("id"));

    final TextField memberNumber = new SearchField();
    final TextField staffUsername = new SearchField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntryDetails> grid = new Grid<>();

    private final MemberPrivacy privacy;
    private final DateTimeFormatter timeFormat;

    AuditView(MemberPrivacy privacy) {
        this.privacy = privacy;
        this.timeFormat = PanamaTime.dateTimeFormat(getLocale());
        addClassName("audit-view");
        setSizeFull();
        add(new Paragraph(getTranslation("privacy.audit.help")), createFilters(), createGrid());
        refresh();
    }

    private Component createFilters() {
        memberNumber.setPlaceholder(getTranslation("privacy.audit.member-number"));
        staffUsername.setPlaceholder(getTranslation("privacy.audit.staff"));
        from.setLabel(getTranslation("privacy.audit.from"));
        to.setLabel(getTranslation("privacy.audit.to"));
        DateFields.panamanian(from);
        DateFields.panamanian(to);
        memberNumber.addValueChangeListener(e -> refresh());
        staffUsername.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(memberNumber, staffUsername, from, to);
        filters.addClassName("toolbar");
        filters.setWrap(true);
        filters.setAlignItems(Alignment.BASELINE);
        return filters;
    }

    private Component createGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(e -> timeFormat.format(e.happenedAt())).setHeader(getTranslation("privacy.audit.when"))
                .setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntryDetails::memberNumber).setHeader(getTranslation("member.number")).setKey("number")
                .setAutoWidth(true);
        grid.addColumn(AuditEntryDetails::staffUsername).setHeader(getTranslation("privacy.audit.staff"))
                .setKey("staff").setAutoWidth(true);
        grid.addColumn(e -> getTranslation("privacy.action." + e.action().name()))
                .setHeader(getTranslation("privacy.action")).setKey("action").setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("privacy.audit.empty"));
        return grid;
    }

    private void refresh() {
        AuditFilter filter = new AuditFilter(memberNumber.getValue(), staffUsername.getValue(), from.getValue(),
                to.getValue());
        // Always newest first: the columns are not sortable, so the grid never asks for another order.
        grid.setItems(query -> privacy.auditLog(filter,
                        PageRequest.of(query.getPage(), query.getPageSize(), NEWEST_FIRST)).stream(),
                query -> (int) privacy.countAuditLog(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit");
    }
}
