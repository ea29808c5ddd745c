/**
 * Demo data for the demo profile only: three municipalities' Infoplazas with stations and one account per
 * role, created through the same services and rules as anything staff type in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "security", "centre", "station", "staff", "notification", "member", "booking", "workshop"})
package org.infoplaza.demo;
