package org.infoplaza.shared.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * Keeps a view's dialog on the page only while it is open. A closed dialog left attached keeps its keyboard
 * shortcuts and its typed values alive, so an Enter pressed elsewhere could submit a form nobody sees.
 */
public final class Dialogs {

    private Dialogs() {
    }

    /** From now on {@code dialog} joins {@code parent} when it opens and leaves it when it closes. */
    public static <T extends Dialog> T attachWhileOpen(HasComponents parent, T dialog) {
        dialog.addOpenedChangeListener(event -> {
            if (event.isOpened() && dialog.getParent().isEmpty()) {
                parent.add(dialog);
            } else if (!event.isOpened() && dialog.getParent().filter(p -> p == parent).isPresent()) {
                parent.remove(dialog);
            }
        });
        return dialog;
    }
}
