package org.infoplaza.staff;

import java.util.List;
import java.util.Optional;
import org.infoplaza.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffAccount, Long> {

    Optional<StaffAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select a from StaffAccount a
            where (:pattern = '%%' or lower(a.username) like :pattern escape '\\' or lower(a.displayName) like :pattern escape '\\')
              and (:role is null or a.role = :role)
            """)
    Page<StaffAccount> search(String pattern, Role role, Pageable pageable);

    @Query("""
            select a from StaffAccount a join a.centreIds c
            where c = :centreId and a.role = :role and a.active = true
            order by a.displayName
            """)
    List<StaffAccount> findActiveAt(long centreId, Role role);
}
