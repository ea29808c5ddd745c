package org.infoplaza.member;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GuardianRepository extends JpaRepository<Guardian, Long> {

    Optional<Guardian> findFirstByMemberIdOrderById(long memberId);
}
