package org.infoplaza.workshop;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The course catalogue shared by every centre. Administrators and facilitators write it; all staff who
 * run or host workshops read it. A course is retired rather than deleted, because cohorts and certificates
 * refer to it.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class CourseService {

    private final CourseRepository courses;
    private final Clock clock;

    CourseService(CourseRepository courses, Clock clock) {
        this.courses = courses;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public List<CourseDetails> list(boolean includeRetired) {
        return courses.findAllByOrderByTitle().stream().map(Course::toDetails)
                .filter(c -> includeRetired || c.active()).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR', 'FACILITATOR')")
    public CourseDetails get(long courseId) {
        return courses.findById(courseId).orElseThrow(NotFoundException::new).toDetails();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
    public CourseDetails create(@Valid CourseData data) {
        check(data);
        return courses.saveAndFlush(new Course(data, clock.instant())).toDetails();
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
    public CourseDetails update(long courseId, @Valid CourseData data) {
        Course course = courses.findById(courseId).orElseThrow(NotFoundException::new);
        course.checkVersion(data.version());
        check(data);
        course.apply(data);
        return courses.saveAndFlush(course).toDetails();
    }

    /** Retires a course (no new cohorts) or brings it back. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'FACILITATOR')")
    public CourseDetails setActive(long courseId, long version, boolean active) {
        Course course = courses.findById(courseId).orElseThrow(NotFoundException::new);
        course.checkVersion(version);
        course.setActive(active);
        return courses.saveAndFlush(course).toDetails();
    }

    private static void check(CourseData data) {
        if (data.minAge() != null && data.maxAge() != null && data.minAge() > data.maxAge()) {
            throw new DomainException("workshop.course.age.order");
        }
    }
}
