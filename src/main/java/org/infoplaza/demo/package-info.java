/**
 * Demo data for the demo profile only: three municipalities' Infoplazas with stations and one account per
 * role, created through the same services and rules as anything staff type in; only the past months' sessions
 * are written directly, as completed sessions, and then counted by the indicators' own rebuild.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "centre", "station",
        "staff", "notification", "member", "booking", "workshop", "reporting"})
package org.infoplaza.demo;
