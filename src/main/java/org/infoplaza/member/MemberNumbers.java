package org.infoplaza.member;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Component;

/**
 * Hands out member numbers ({@link MemberNumber}): the centre code and random digits with a check digit, e.g.
 * {@code COL-CRI-482739165}. Registrations at one centre still take turns on the centre's counter row, which
 * stays locked until the registering transaction ends, so the later one sees the earlier one when it checks
 * for duplicates; the counter itself is no longer printed anywhere.
 */
@Component
class MemberNumbers {

    /** A clash is one chance in a hundred million per member of the centre; a few tries always suffice. */
    private static final int TRIES = 10;

    private final EntityManager entityManager;
    private final MemberRepository members;
    private final RandomGenerator random = new SecureRandom();

    MemberNumbers(EntityManager entityManager, MemberRepository members) {
        this.entityManager = entityManager;
        this.members = members;
    }

    /** Must run inside the registering transaction, before anything else reads the database. */
    void takeTurn(long centreId) {
        entityManager.createNativeQuery("""
                INSERT INTO member_number_sequence (centre_id, last_value) VALUES (?1, 1)
                ON DUPLICATE KEY UPDATE last_value = last_value + 1
                """).setParameter(1, centreId).executeUpdate();
    }

    /**
     * A number no member has had, anonymised ones included (a number is never given twice). Two centres
     * cannot draw the same one, as the code differs; one centre's registrations take turns ({@link #takeTurn}).
     */
    String issue(String centreCode) {
        for (int i = 0; i < TRIES; i++) {
            String number = MemberNumber.generate(centreCode, random);
            if (!members.existsByMemberNumber(number)) {
                return number;
            }
        }
        throw new IllegalStateException("No free member number found for a centre after " + TRIES + " tries");
    }
}
