package org.infoplaza.security;

/**
 * Another system of the secretariat calling the read-only REST API with one of its tokens: the principal of
 * an {@code /api/**} request. It is not a staff member, so {@link CurrentUser} does not see it and no
 * service that reads a centre's own records accepts it; it carries the single authority
 * {@link #AUTHORITY}, which only the API's reading service asks for.
 *
 * @param tokenId the token's id, to revoke it or see when it was last used
 * @param label   what the administrators called the token ("Estadística MEDUCA")
 */
public record ApiClient(long tokenId, String label) {

    /** The one authority an API token grants: reading the published indicators. */
    public static final String AUTHORITY = "ROLE_API";
}
