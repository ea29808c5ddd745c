package org.infoplaza.member;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GuardianRepository extends JpaRepository<Guardian, Long> {

    Optional<Guardian> findFirstByMemberIdOrderById(long memberId);

    @Modifying
    @Query("delete from Guardian g where g.memberId = :memberId")
    int deleteByMemberId(long memberId);
}
