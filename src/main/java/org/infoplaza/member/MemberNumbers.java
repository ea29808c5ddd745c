package org.infoplaza.member;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Hands out member numbers per centre: the centre code and a running number, e.g. {@code COL01-000042}.
 * The counter row stays locked until the registering transaction ends, so registrations at one centre
 * take turns and the later one sees the earlier one when it checks for duplicates.
 */
@Component
class MemberNumbers {

    private final EntityManager entityManager;

    MemberNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must run inside the registering transaction, before anything else reads the database. */
    long next(long centreId) {
        entityManager.createNativeQuery("""
                INSERT INTO member_number_sequence (centre_id, last_value) VALUES (?1, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)
                """).setParameter(1, centreId).executeUpdate();
        return ((Number) entityManager.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    static String format(String centreCode, long sequence) {
        return centreCode + "-" + String.format("%06d", sequence);
    }
}
