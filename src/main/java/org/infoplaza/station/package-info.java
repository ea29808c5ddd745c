/**
 * The computers of a centre: label, kind, age limits and whether they are in service. Station scheduling
 * (bookings, walk-ins, sessions) builds on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security", "centre", "layout"})
package org.infoplaza.station;
