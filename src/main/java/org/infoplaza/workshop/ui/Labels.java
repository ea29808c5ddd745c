package org.infoplaza.workshop.ui;

import org.infoplaza.shared.ui.Messages;
import org.infoplaza.workshop.EnrolmentStatus;
import org.infoplaza.workshop.Track;

/** The workshop module's labels for its enums, in the user's language. */
final class Labels {

    private static final String TRACK = "workshop.track.";
    private static final String ENROLMENT_STATUS = "workshop.enrolment.status.";

    private Labels() {
    }

    static String track(Track track) {
        return track == null ? "" : Messages.translate(TRACK + track.name());
    }

    static String status(EnrolmentStatus status) {
        return Messages.translate(ENROLMENT_STATUS + status.name());
    }
}
