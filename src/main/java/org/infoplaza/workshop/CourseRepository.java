package org.infoplaza.workshop;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseRepository extends JpaRepository<Course, Long> {

    List<Course> findAllByOrderByTitle();
}
