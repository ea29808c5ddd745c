package org.infoplaza.booking.ui;

import com.vaadin.flow.component.html.Div;

/**
 * The frame the day board scrolls in, both ways, so the page itself never scrolls. It takes the focus after
 * each action (the desk's shortcuts are heard only inside the board's view) and brings the current time into
 * view: at once on opening, on "Hoy" and Alt+N; while following, at each poll, only when the now-line has just
 * reached the right edge, so a desk that scrolled elsewhere on purpose is left there.
 */
class BoardScroller extends Div {

    /** With {@code $0} true (following) only when the line is at the right edge; then a third in from the labels. */
    static final String SCROLL_TO_NOW = """
            const scroller = this;
            const following = $0;
            const scroll = tries => {
                const line = scroller.querySelector('.board-now');
                if (!line) { return; }
                if (scroller.scrollWidth <= scroller.clientWidth) {
                    // Not laid out yet (first paint, styles still loading): try again shortly.
                    if (tries > 0) { setTimeout(() => scroll(tries - 1), 100); }
                    return;
                }
                const labels = scroller.querySelector('.board-corner');
                const left = labels ? labels.offsetWidth : 0;
                const right = scroller.scrollLeft + scroller.clientWidth;
                if (following && (line.offsetLeft < right - 48 || line.offsetLeft > right + 160)) { return; }
                scroller.scrollLeft = Math.max(0, line.offsetLeft - left - (scroller.clientWidth - left) / 3);
            };
            requestAnimationFrame(() => scroll(30));
            """;

    BoardScroller(Div board) {
        add(board);
        addClassName("day-board-scroller");
        // Focusable from code, not a Tab stop of its own: its lanes and bookings are.
        getElement().setAttribute("tabindex", "-1");
        getElement().setAttribute("aria-label", getTranslation("board.scroller"));
    }

    /** The current time into view; {@code following}: only if it is about to leave it. */
    void scrollToNow(boolean following) {
        getElement().executeJs(SCROLL_TO_NOW, following);
    }

    /** On the next frame: on a page load the board may not be in the document yet when this runs. */
    void focus() {
        getElement().executeJs("requestAnimationFrame(() => this.focus({preventScroll: true}))");
    }
}
