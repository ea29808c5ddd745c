package org.infoplaza.staff;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailureRepository extends JpaRepository<SignInFailure, Long> {

    @Query("""
            select f from SignInFailure f
            where :pattern = '%%' or lower(f.usernameTried) like :pattern escape '\\' or f.clientAddress like :pattern escape '\\'
            """)
    Page<SignInFailure> search(String pattern, Pageable pageable);

    @Modifying
    @Query("delete from SignInFailure f where f.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
