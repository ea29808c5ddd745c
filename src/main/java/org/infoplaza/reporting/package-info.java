/**
 * Reporting: the monthly indicators of a centre, their rollups to the municipality and the nation, the
 * small-cell suppression applied to everything that leaves a centre, the exports and the dashboards of the
 * secretariat.
 *
 * <p>Today it holds the suppression: {@link org.infoplaza.reporting.Suppression} turns a
 * {@link org.infoplaza.reporting.CountTable} into a {@link org.infoplaza.reporting.SuppressedTable} that is
 * safe to publish. It is pure computation, with no database and no screen; the rule and its limits are
 * described in {@code docs/reporting.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.infoplaza.reporting;
