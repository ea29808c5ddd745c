package org.infoplaza.member;

import java.util.List;
import org.infoplaza.shared.DomainException;

/**
 * A registration looks like a member who already exists (same document, or same date of birth and a
 * similar name). Nothing was saved; the caller may open one of the candidates or confirm that this is
 * a different person.
 */
public class DuplicateSuspected extends DomainException {

    private final transient List<MemberSummary> candidates;

    public DuplicateSuspected(List<MemberSummary> candidates) {
        super("member.duplicate.suspected", candidates.size());
        this.candidates = List.copyOf(candidates);
    }

    public List<MemberSummary> candidates() {
        return candidates;
    }
}
