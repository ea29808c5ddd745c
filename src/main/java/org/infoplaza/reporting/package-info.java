/**
 * Reporting: the monthly indicators per centre, municipality and nation, the small-cell suppression applied
 * to everything that leaves a centre, and (to come) the exports and the dashboards of the secretariat.
 *
 * <p>Indicators are read from rollup tables that the events of the other modules keep up to date in the
 * same transaction and that {@link org.infoplaza.reporting.StationUseRollups#rebuild} recomputes from the
 * raw data for any period. {@link org.infoplaza.reporting.Suppression} turns a
 * {@link org.infoplaza.reporting.CountTable} into a {@link org.infoplaza.reporting.SuppressedTable} that is
 * safe to publish; the rule and its limits are described in {@code docs/reporting.md}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "centre", "station", "member",
        "booking", "workshop", "notification", "layout"})
package org.infoplaza.reporting;
