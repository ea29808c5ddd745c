package org.infoplaza.workshop;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CourseProposalRepository extends JpaRepository<CourseProposal, Long> {

    List<CourseProposal> findByStatusInOrderByProposedAtDesc(Collection<ProposalStatus> statuses);

    List<CourseProposal> findByProposedByOrderByProposedAtDesc(long proposedBy);
}
