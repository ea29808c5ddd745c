package org.infoplaza.member;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Serialises registrations of people born on the same day, across all centres. The member number row
 * only makes one centre's registrations take turns; two operators at different centres registering the
 * same child at the same moment would both find no duplicate and both save. Locking the date of birth's
 * row first makes the later registration wait until the earlier one commits, and then see it.
 */
@Component
class BirthDateLocks {

    private final EntityManager entityManager;

    BirthDateLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Holds the lock until the registering transaction ends. Must be the transaction's first statement:
     * before the member number lock (always this order, so two registrations never wait for each other
     * crosswise) and before any plain read (the transaction's snapshot is taken at its first one, and the
     * duplicate check must see what the previous holder committed).
     */
    void lock(LocalDate dateOfBirth) {
        boolean locked = !entityManager.createNativeQuery(
                        "SELECT date_of_birth FROM member_birth_date_lock WHERE date_of_birth = ?1 FOR UPDATE")
                .setParameter(1, dateOfBirth).getResultList().isEmpty();
        if (!locked) {
            // Outside the calendar the migration filled (1900-2173): create the row and lock it.
            entityManager.createNativeQuery("""
                    INSERT INTO member_birth_date_lock (date_of_birth) VALUES (?1)
                    ON DUPLICATE KEY UPDATE date_of_birth = date_of_birth
                    """).setParameter(1, dateOfBirth).executeUpdate();
        }
    }
}
