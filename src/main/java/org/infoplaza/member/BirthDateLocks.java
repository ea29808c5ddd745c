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
     * Holds the lock until the registering transaction ends. Must run before the duplicate query reads
     * the database (the transaction's snapshot is taken at its first plain read).
     */
    void lock(LocalDate dateOfBirth) {
        entityManager.createNativeQuery("""
                INSERT INTO member_birth_date_lock (date_of_birth) VALUES (?1)
                ON DUPLICATE KEY UPDATE date_of_birth = date_of_birth
                """).setParameter(1, dateOfBirth).executeUpdate();
    }
}
