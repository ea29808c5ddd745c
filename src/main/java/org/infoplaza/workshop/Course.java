package org.infoplaza.workshop;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.infoplaza.shared.AbstractEntity;

@Entity
@Table(name = "course")
class Course extends AbstractEntity {

    private String title;
    @Enumerated(EnumType.STRING)
    private Track track;
    private String description;
    private Integer minAge;
    private Integer maxAge;
    private int plannedSessions;
    private BigDecimal plannedHours;
    private int completionThreshold;
    private boolean usesComputerRoom;
    private boolean active = true;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_question", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    private List<String> questions = new ArrayList<>();

    protected Course() {
    }

    Course(CourseData data, Instant createdAt) {
        this.createdAt = createdAt;
        apply(data);
    }

    void apply(CourseData data) {
        title = data.title().strip();
        track = data.track();
        description = data.description() == null || data.description().isBlank() ? null : data.description().strip();
        minAge = data.minAge();
        maxAge = data.maxAge();
        plannedSessions = data.plannedSessions();
        plannedHours = data.plannedHours();
        completionThreshold = data.completionThreshold();
        usesComputerRoom = data.usesComputerRoom();
        questions.clear();
        data.questions().forEach(q -> questions.add(q.strip()));
    }

    void setActive(boolean active) {
        this.active = active;
    }

    String getTitle() {
        return title;
    }

    int getCompletionThreshold() {
        return completionThreshold;
    }

    boolean usesComputerRoom() {
        return usesComputerRoom;
    }

    BigDecimal getPlannedHours() {
        return plannedHours;
    }

    List<String> getQuestions() {
        return List.copyOf(questions);
    }

    CourseDetails toDetails() {
        return new CourseDetails(getId(), getVersion(), title, track, description, minAge, maxAge, plannedSessions,
                plannedHours, completionThreshold, usesComputerRoom, List.copyOf(questions), active);
    }
}
