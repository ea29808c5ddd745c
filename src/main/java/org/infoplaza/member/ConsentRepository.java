package org.infoplaza.member;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByMemberIdOrderById(long memberId);

    List<Consent> findByMemberIdIn(Collection<Long> memberIds);
}
