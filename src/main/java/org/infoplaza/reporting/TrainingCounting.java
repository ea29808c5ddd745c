package org.infoplaza.reporting;

import java.util.LinkedHashSet;
import java.util.Set;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.workshop.AttendanceTaken;
import org.infoplaza.workshop.CertificateIssued;
import org.infoplaza.workshop.CertificateRevoked;
import org.infoplaza.workshop.CohortSessionsChanged;
import org.infoplaza.workshop.EnrolmentPromoted;
import org.infoplaza.workshop.EnrolmentWithdrawn;
import org.infoplaza.workshop.MemberEnrolled;
import org.infoplaza.workshop.QuestionnaireAnswered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the training rollups up to date as the workshop changes: every event that can change a cohort's
 * figures marks the cohort, and just before the transaction commits each marked cohort is recounted from its
 * records ({@link TrainingRollups#recount}), once however many taps the transaction made ("everyone
 * present", issuing all certificates). It runs inside the change's transaction, so a change that rolls back
 * leaves no count and one that commits is counted. A recount reads one cohort's records (sessions, marks,
 * enrolments, certificates): bounded by a cohort's size, not by the data.
 *
 * <p>The recount takes the cohort's lock row before it reads, and the workshop's changes run with READ
 * COMMITTED, so of two desks marking one cohort at once the second recounts after the first commits and
 * sees its marks. It reads as the system: a facilitator marking attendance may not read member profiles.
 */
@Component
class TrainingCounting {

    private final TrainingRollups rollups;

    TrainingCounting(TrainingRollups rollups) {
        this.rollups = rollups;
    }

    @EventListener
    void on(AttendanceTaken event) {
        changed(event.cohortId());
    }

    @EventListener
    void on(MemberEnrolled event) {
        changed(event.cohortId());
    }

    @EventListener
    void on(EnrolmentWithdrawn event) {
        changed(event.cohortId());
    }

    @EventListener
    void on(EnrolmentPromoted event) {
        changed(event.cohortId());
    }

    @EventListener
    void on(CertificateIssued event) {
        changed(event.cohortId());
    }

    @EventListener
    void on(CertificateRevoked event) {
        changed(event.cohortId());
    }

    @EventListener
    void on(CohortSessionsChanged event) {
        changed(event.cohortId());
    }

    @EventListener
    void on(QuestionnaireAnswered event) {
        changed(event.cohortId());
    }

    private void changed(long cohortId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            recount(Set.of(cohortId));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<Long> cohorts = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(this, cohorts);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    recount(cohorts);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TrainingCounting.this);
                }
            });
            pending = cohorts;
        }
        pending.add(cohortId);
    }

    private void recount(Set<Long> cohorts) {
        SystemAuthentication.run(() -> cohorts.forEach(rollups::recount));
    }
}
