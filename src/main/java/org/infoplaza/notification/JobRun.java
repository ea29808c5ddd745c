package org.infoplaza.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One execution of a job on one node; an append-only log, so no version. */
@Entity
@Table(name = "job_run")
class JobRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String jobName;
    private String node;
    private Instant startedAt;
    private Instant finishedAt;
    private boolean succeeded;
    private String message;

    protected JobRun() {
    }

    JobRun(String jobName, String node, Instant startedAt, Instant finishedAt, boolean succeeded, String message) {
        this.jobName = jobName;
        this.node = node;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.succeeded = succeeded;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }

    JobRunDetails toDetails() {
        return new JobRunDetails(jobName, node, startedAt, finishedAt, succeeded, message);
    }
}
