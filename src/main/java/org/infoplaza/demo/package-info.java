/**
 * Demo data for the demo profile only: three municipalities' Infoplazas with stations and one account per
 * role, created through the same services and rules as anything staff type in; only the past is written
 * directly, as staff would have recorded it: the past months' station sessions (then counted by the
 * indicators' own rebuild), a finished workshop group's dates and attendance, and today's workshop session once
 * its start has passed.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "centre", "station",
        "staff", "notification", "member", "booking", "workshop", "reporting"})
package org.infoplaza.demo;
