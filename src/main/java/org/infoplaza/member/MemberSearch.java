package org.infoplaza.member;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infoplaza.shared.PanamaTime;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the members grid. A name fragment is looked up in {@code member_name_word} (one row per
 * name word, indexed by centre and word), so "gon" is an index range scan over the matching words instead
 * of a {@code LIKE '% gon%'} over every member; the filters become plain conditions on the member row
 * (age band as a date-of-birth range, consent as an {@code EXISTS}). Pages are fetched one row longer than
 * asked, so the caller learns whether there is more without counting every match.
 */
@Component
class MemberSearch {

    /** Grid sort properties and their columns; anything else is refused rather than passed into SQL. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "memberNumber", "m.member_number",
            "givenNames", "m.given_names",
            "surnames", "m.surnames",
            "dateOfBirth", "m.date_of_birth",
            "id", "m.id");

    private final EntityManager entityManager;

    MemberSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * What to look for, already checked against the caller's scope.
     *
     * @param centreIds     the caller's centres, or {@code null} for all centres
     * @param exactIds      members found by exact member or document number; when not empty, the text
     *                      matches these members only (numbers are not names)
     * @param nameWords     the normalised words of the text (empty: no text)
     * @param today         the day ages and consents are judged on
     */
    record Criteria(Collection<Long> centreIds, Collection<Long> exactIds, List<String> nameWords, AgeBand ageBand,
            Long centreId, MemberFilter.ConsentStatus consent, LocalDate today) {
    }

    /** Ids of one page in the requested order, plus one more when there is a next page. */
    List<Long> pageIds(Criteria criteria, Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        String sql = "SELECT m.id FROM member m WHERE " + where + " ORDER BY " + orderBy(pageable.getSort())
                + " LIMIT " + (pageable.getPageSize() + 1) + " OFFSET " + pageable.getOffset();
        return ids(query(sql, parameters).getResultList());
    }

    /** Matches, counted up to {@code limit} (so "more than 1,000" costs no more than 1,000). */
    long count(Criteria criteria, long limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "SELECT COUNT(*) FROM (SELECT 1 FROM member m WHERE " + where(criteria, parameters)
                + " LIMIT " + limit + ") matches";
        return ((Number) query(sql, parameters).getSingleResult()).longValue();
    }

    private String where(Criteria criteria, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        // Anonymised members are nobody any more.
        conditions.add("m.anonymised_at IS NULL");
        if (!criteria.exactIds().isEmpty()) {
            // Found by number: scope was applied by the caller (a member number finds any centre's member).
            conditions.add("m.id IN (:exactIds)");
            parameters.put("exactIds", criteria.exactIds());
        } else {
            if (criteria.centreIds() != null) {
                conditions.add("m.home_centre_id IN (:centreIds)");
                parameters.put("centreIds", criteria.centreIds().isEmpty() ? List.of(-1L) : criteria.centreIds());
            }
            if (!criteria.nameWords().isEmpty()) {
                nameCondition(criteria, conditions, parameters);
            }
        }
        if (criteria.centreId() != null) {
            conditions.add("m.home_centre_id = :centreId");
            parameters.put("centreId", criteria.centreId());
        }
        LocalDate today = criteria.today();
        if (criteria.ageBand() != null) {
            conditions.add("m.date_of_birth <= :bornOnOrBefore");
            parameters.put("bornOnOrBefore", criteria.ageBand().bornOnOrBefore(today));
            if (criteria.ageBand().bornAfter(today) != null) {
                conditions.add("m.date_of_birth > :bornAfter");
                parameters.put("bornAfter", criteria.ageBand().bornAfter(today));
            }
        }
        if (criteria.consent() != null) {
            // Minors only: born after the day an 18-year-old was born.
            conditions.add("m.date_of_birth > :adultBornOnOrBefore");
            parameters.put("adultBornOnOrBefore", today.minusYears(MemberRules.ADULT_AGE));
            // Same rule as ConsentDetails.validOn: granted by today, not expired, not revoked by today.
            conditions.add((criteria.consent() == MemberFilter.ConsentStatus.VALID ? "" : "NOT ") + """
                    EXISTS (SELECT 1 FROM consent c WHERE c.member_id = m.id AND c.purpose = 'DATA_PROCESSING'
                      AND c.granted_at <= :today AND (c.expires_on IS NULL OR c.expires_on > :today)
                      AND (c.revoked_at IS NULL OR c.revoked_at >= :tomorrow))""");
            parameters.put("today", today);
            parameters.put("tomorrow", today.plusDays(1).atStartOfDay(PanamaTime.ZONE).toInstant());
        }
        return String.join(" AND ", conditions);
    }

    /**
     * Some name word starts with the longest typed word (the index does the work); with more than one typed
     * word, the whole text must also start some name word, as before ("ana per" finds "ana perez").
     */
    private static void nameCondition(Criteria criteria, List<String> conditions, Map<String, Object> parameters) {
        String longest = criteria.nameWords().stream().max(Comparator.comparingInt(String::length)).orElseThrow();
        StringBuilder words = new StringBuilder(
                "m.id IN (SELECT w.member_id FROM member_name_word w WHERE w.word LIKE :wordPrefix");
        parameters.put("wordPrefix", longest + "%");
        if (criteria.centreId() != null) {
            words.append(" AND w.home_centre_id = :centreId");
        } else if (criteria.centreIds() != null) {
            words.append(" AND w.home_centre_id IN (:centreIds)");
        }
        conditions.add(words.append(")").toString());
        if (criteria.nameWords().size() > 1) {
            String phrase = String.join(" ", criteria.nameWords());
            conditions.add("(m.normalised_name LIKE :phrasePrefix OR m.normalised_name LIKE :phraseInside)");
            parameters.put("phrasePrefix", phrase + "%");
            parameters.put("phraseInside", "% " + phrase + "%");
        }
    }

    private static String orderBy(Sort sort) {
        List<String> columns = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = SORT_COLUMNS.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("Members cannot be sorted by " + order.getProperty());
            }
            columns.add(column + (order.isDescending() ? " DESC" : ""));
        }
        if (sort.getOrderFor("id") == null) {
            columns.add("m.id");
        }
        return String.join(", ", columns);
    }

    private Query query(String sql, Map<String, Object> parameters) {
        Query query = entityManager.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(row -> ((Number) row).longValue()).toList();
    }

    /** The normalised words of what was typed: "  José PÉREZ " → [jose, perez]. */
    static List<String> words(String text) {
        String normalised = MemberRules.normaliseName(text);
        return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
    }
}
