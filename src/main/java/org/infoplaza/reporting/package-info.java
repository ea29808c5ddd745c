/**
 * Reporting: the monthly indicators per centre, municipality and nation, read from rollup tables that the
 * events of the other modules keep up to date and that can be rebuilt from the raw data for any period.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "centre", "member", "booking"})
package org.infoplaza.reporting;
