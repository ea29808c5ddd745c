package org.infoplaza.booking.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.infoplaza.booking.BookingsChanged;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open day board of a centre that its day changed, once the change has committed, so two
 * operators at one desk see each other's bookings without reloading. Boards register when they are
 * attached and unregister when detached; the refresh runs inside {@link UI#access} and reaches the browser
 * through server push. It runs with the board's own signed-in user, not with whoever made the change (the
 * refresh calls secured services). In-process only: a second application node does not hear it.
 */
@Component
class BoardBroadcaster {

    private final Map<Long, Set<Board>> boards = new ConcurrentHashMap<>();

    /** Registers a board of the centre; the registration removes it again. */
    Registration register(long centreId, UI ui, Runnable refresh) {
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        Board board = new Board(ui, security, refresh);
        boards.computeIfAbsent(centreId, id -> ConcurrentHashMap.newKeySet()).add(board);
        return () -> boards.computeIfPresent(centreId, (id, set) -> {
            set.remove(board);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void on(BookingsChanged changed) {
        broadcast(changed.centreId());
    }

    int boardsOf(long centreId) {
        return boards.getOrDefault(centreId, Set.of()).size();
    }

    private void broadcast(long centreId) {
        for (Board board : boards.getOrDefault(centreId, Set.of())) {
            try {
                board.ui().access(() -> board.refreshAsItsUser());
            } catch (UIDetachedException gone) {
                // The browser went away before its detach was processed; its registration goes with it.
            }
        }
    }

    private record Board(UI ui, SecurityContext security, Runnable refresh) {

        void refreshAsItsUser() {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                refresh.run();
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }
    }
}
