package org.infoplaza.reporting;

import java.util.Objects;

/**
 * One cell of a {@link SuppressedTable}: a count that may be published, or a mark that says why it is hidden.
 * A hidden cell carries no count at all, so a suppressed table can leave the centre as it is.
 */
public sealed interface PublishedCell permits PublishedCell.Shown, PublishedCell.Hidden {

    /** The cell as people read it: the count, {@code <5} or {@code x}; never a 0 for a hidden cell. */
    String display();

    boolean isHidden();

    /**
     * A count that may be published. Zero is shown: it points at nobody. A {@code rounded} count is the true one
     * rounded to the nearest multiple of 5, published so to protect a small count next to it; it reads
     * {@code ≈105}.
     */
    record Shown(int value, boolean rounded) implements PublishedCell {

        public Shown {
            if (value < 0) {
                throw new IllegalArgumentException("Counts are zero or more, got " + value);
            }
        }

        public Shown(int value) {
            this(value, false);
        }

        @Override
        public String display() {
            return rounded ? "\u2248" + value : Integer.toString(value);
        }

        @Override
        public boolean isHidden() {
            return false;
        }
    }

    /** A hidden count, with the reason it is hidden. */
    record Hidden(SuppressionReason reason) implements PublishedCell {

        public Hidden {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String display() {
            return reason.mark();
        }

        @Override
        public boolean isHidden() {
            return true;
        }
    }
}
