package org.infoplaza.reporting.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The {@code api_token} table (V24, expiry and rotation V29). Times are stored as UTC wall-clock times, like the
 * rest of the schema. A token is created, rotated (a new secret, the old one kept for a grace period) and
 * revoked (which cannot be undone); a rotation checks the secret it replaces, so it carries no version.
 */
@Repository
class ApiTokenStore {

    private static final String COLUMNS = "id, label, created_by, created_at, expires_at, last_used_at, revoked_at, "
            + "rotated_at, rotated_by, previous_valid_until";

    private final JdbcTemplate jdbc;

    ApiTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String label, String tokenHash, String createdBy, Instant createdAt, Instant expiresAt) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO api_token (label, token_hash, created_by, "
                    + "created_at, expires_at) VALUES (?, ?, ?, ?, ?)", new String[] {"id"});
            insert.setString(1, label);
            insert.setString(2, tokenHash);
            insert.setString(3, createdBy);
            insert.setObject(4, utc(createdAt));
            insert.setObject(5, utc(expiresAt));
            return insert;
        }, key);
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<ApiTokenSummary> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", ApiTokenStore::summary, id).stream()
                .findFirst();
    }

    /** Newest first: the token just made is at the top of the list. */
    List<ApiTokenSummary> page(int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                ApiTokenStore::summary, limit, offset);
    }

    int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM api_token", Integer.class);
    }

    /**
     * The unrevoked token whose current or previous secret has this hash (both are unique), with what is
     * needed to check it and stamp its use. Whether it has expired is for the caller to decide.
     */
    Optional<Candidate> findActive(String tokenHash) {
        return jdbc.query("SELECT id, label, token_hash, expires_at, previous_hash, previous_valid_until, last_used_at "
                + "FROM api_token WHERE (token_hash = ? OR previous_hash = ?) AND revoked_at IS NULL",
                (rs, n) -> new Candidate(rs.getLong("id"), rs.getString("label"), rs.getString("token_hash"),
                        instant(rs.getTimestamp("expires_at")), rs.getString("previous_hash"),
                        instant(rs.getTimestamp("previous_valid_until")), instant(rs.getTimestamp("last_used_at"))),
                tokenHash, tokenHash).stream().findFirst();
    }

    /** The current secret's hash of a token, locked until the transaction ends; empty if unknown. */
    Optional<String> lockCurrentHash(long id) {
        return jdbc.queryForList("SELECT token_hash FROM api_token WHERE id = ? FOR UPDATE", String.class, id).stream()
                .findFirst();
    }

    /**
     * Gives the token a new secret and expiry. The secret it replaces ({@code replacedHash}) becomes the previous
     * one until {@code previousValidUntil}, or is forgotten when that is null. False when the token is revoked
     * or its secret is no longer {@code replacedHash}.
     */
    boolean rotate(long id, String replacedHash, String newHash, Instant expiresAt, Instant previousValidUntil,
            String rotatedBy, Instant at) {
        return jdbc.update("UPDATE api_token SET token_hash = ?, expires_at = ?, previous_hash = ?, "
                + "previous_valid_until = ?, rotated_at = ?, rotated_by = ? "
                + "WHERE id = ? AND token_hash = ? AND revoked_at IS NULL",
                newHash, utc(expiresAt), previousValidUntil == null ? null : replacedHash,
                previousValidUntil == null ? null : utc(previousValidUntil), utc(at), rotatedBy, id, replacedHash) == 1;
    }

    /** Stamps the use unless another request stamped it after {@code staleBefore}: one write a minute at most. */
    void touch(long id, Instant at, Instant staleBefore) {
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                utc(at), id, utc(staleBefore));
    }

    /** True when the token was working and is now revoked; false when it already was, or does not exist. */
    boolean revoke(long id, Instant at) {
        return jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", utc(at), id) == 1;
    }

    /**
     * @param previousHash       the secret before the last rotation (null if none)
     * @param previousValidUntil until when that one works
     */
    record Candidate(long id, String label, String tokenHash, Instant expiresAt, String previousHash,
            Instant previousValidUntil, Instant lastUsedAt) {
    }

    private static ApiTokenSummary summary(ResultSet rs, int row) throws SQLException {
        return new ApiTokenSummary(rs.getLong("id"), rs.getString("label"), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")),
                instant(rs.getTimestamp("rotated_at")), rs.getString("rotated_by"),
                instant(rs.getTimestamp("previous_valid_until")));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp stored) {
        return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
