/**
 * The start page after sign-in: the selected centre at a glance (open now, today's hours, stations in
 * service, coming closures).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security", "centre", "station", "layout"})
package org.infoplaza.home;
