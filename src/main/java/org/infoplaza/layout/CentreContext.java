package org.infoplaza.layout;

import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.CentreService;
import org.springframework.stereotype.Component;

/**
 * The centre a staff member is working at in this browser session, chosen in the header. It starts at the
 * first centre in their scope. It only steers what views show: services check scope on every call anyway.
 */
@Component
@VaadinSessionScope
public class CentreContext implements Serializable {

    private final transient CentreService centres;
    private Long selectedId;

    CentreContext(CentreService centres) {
        this.centres = centres;
    }

    public List<CentreOption> options() {
        return centres.accessibleCentres();
    }

    public Optional<CentreOption> current() {
        List<CentreOption> options = options();
        Optional<CentreOption> selected = options.stream().filter(o -> o.id() == (selectedId == null ? -1 : selectedId)).findFirst();
        if (selected.isEmpty() && !options.isEmpty()) {
            selectedId = options.getFirst().id();
            return Optional.of(options.getFirst());
        }
        return selected;
    }

    public Optional<Long> currentId() {
        return current().map(CentreOption::id);
    }

    /** Selects a centre if it is in the user's scope; returns whether it was. */
    public boolean select(long centreId) {
        boolean allowed = options().stream().anyMatch(o -> o.id() == centreId);
        if (allowed) {
            selectedId = centreId;
        }
        return allowed;
    }
}
