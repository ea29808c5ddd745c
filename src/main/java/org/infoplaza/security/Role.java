package org.infoplaza.security;

/** The four kinds of staff. Members and the public have no account yet. */
public enum Role {
    /** Sets up centres, stations, staff accounts and rules; sees every centre. */
    ADMIN,
    /** Front desk of one or more centres: members, stations, walk-ins. */
    OPERATOR,
    /** Runs workshop cohorts at one or more centres. */
    FACILITATOR,
    /** National science secretariat: aggregates across all centres, never personal data. */
    SECRETARIAT;

    /** Names for {@code @RolesAllowed}, which must be compile-time constants. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String FACILITATOR_NAME = "FACILITATOR";
    public static final String SECRETARIAT_NAME = "SECRETARIAT";

    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this role works across every centre rather than the centres it is assigned to. */
    public boolean seesAllCentres() {
        return this == ADMIN || this == SECRETARIAT;
    }
}
