-- Member search by any name word, and registrations that cannot race past the duplicate check.

-- One row per word of a member's normalised name, so "ana", "gon" or "rio" is an index range scan on the
-- word (within the caller's centres first) instead of a LIKE '% ana%' over every member. The triggers below
-- keep it in step with member.normalised_name whichever code path writes the member.
CREATE TABLE member_name_word (
    home_centre_id BIGINT       NOT NULL,
    word           VARCHAR(201) NOT NULL,
    member_id      BIGINT       NOT NULL,
    PRIMARY KEY (home_centre_id, word, member_id),
    INDEX ix_member_name_word (word, member_id),
    INDEX ix_member_name_word_member (member_id),
    CONSTRAINT fk_member_name_word_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

DELIMITER $$

-- Adds the words of a normalised name (single spaces, see MemberRules.normaliseName).
CREATE PROCEDURE member_name_words_write(IN p_member_id BIGINT, IN p_centre_id BIGINT, IN p_name VARCHAR(201))
    MODIFIES SQL DATA
BEGIN
    DECLARE rest VARCHAR(201) DEFAULT TRIM(p_name);
    DECLARE one_word VARCHAR(201);
    WHILE rest <> '' DO
        SET one_word = SUBSTRING_INDEX(rest, ' ', 1);
        SET rest = SUBSTRING(rest, CHAR_LENGTH(one_word) + 2);
        IF one_word <> '' THEN
            INSERT INTO member_name_word (home_centre_id, word, member_id) VALUES (p_centre_id, one_word, p_member_id)
                ON DUPLICATE KEY UPDATE member_id = member_id;
        END IF;
    END WHILE;
END$$

-- A new member has no words yet: the insert trigger deletes nothing, because a DELETE that finds no row
-- would lock the gap at the end of the member_id index, and concurrent registrations would wait for (or
-- deadlock on) each other.
CREATE TRIGGER tr_member_name_words_insert AFTER INSERT ON member FOR EACH ROW
BEGIN
    CALL member_name_words_write(NEW.id, NEW.home_centre_id, NEW.normalised_name);
END$$

CREATE TRIGGER tr_member_name_words_update AFTER UPDATE ON member FOR EACH ROW
BEGIN
    IF NOT (NEW.normalised_name <=> OLD.normalised_name) OR NEW.home_centre_id <> OLD.home_centre_id THEN
        DELETE FROM member_name_word WHERE member_id = OLD.id;
        CALL member_name_words_write(NEW.id, NEW.home_centre_id, NEW.normalised_name);
    END IF;
END$$

DELIMITER ;

-- Members registered before this migration: word k of each name, for k = 1..110 (a name of 201 characters
-- has at most 101 words).
INSERT INTO member_name_word (home_centre_id, word, member_id)
SELECT DISTINCT m.home_centre_id, SUBSTRING_INDEX(SUBSTRING_INDEX(m.normalised_name, ' ', k.n), ' ', -1), m.id
FROM member m
JOIN (SELECT tens.d * 10 + units.d + 1 AS n
      FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
            SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9 UNION ALL SELECT 10) tens
      CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
            SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) units) k
  ON k.n <= 1 + CHAR_LENGTH(m.normalised_name) - CHAR_LENGTH(REPLACE(m.normalised_name, ' ', ''))
WHERE SUBSTRING_INDEX(SUBSTRING_INDEX(m.normalised_name, ' ', k.n), ' ', -1) <> '';

-- The grid's default order (surnames, given names), so a first page without search text reads 50 index
-- entries instead of sorting every member.
CREATE INDEX ix_member_centre_sort ON member (home_centre_id, surnames, given_names);
CREATE INDEX ix_member_sort ON member (surnames, given_names);

-- One row per calendar day from 1900 to 2173. A registration locks the row of the member's date of birth
-- before it looks for duplicates, so two registrations of people born the same day run one after the other
-- even at different centres (the member number row only serialises one centre), and the later one sees the
-- earlier one. The rows exist beforehand so the lock is a plain record lock: creating them on demand with
-- INSERT ... ON DUPLICATE KEY UPDATE deadlocks when three registrations race for a new date.
CREATE TABLE member_birth_date_lock (
    date_of_birth DATE NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO member_birth_date_lock (date_of_birth)
SELECT DATE '1900-01-01' + INTERVAL (d4.d * 10000 + d3.d * 1000 + d2.d * 100 + d1.d * 10 + d0.d) DAY
FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
      SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) d0
CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
      SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) d1
CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
      SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) d2
CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
      SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) d3
CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL
      SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) d4;
