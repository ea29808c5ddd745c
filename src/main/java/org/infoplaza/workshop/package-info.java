/**
 * Workshops: the course catalogue, cohorts of a course at a centre with sessions generated from a weekly
 * pattern, enrolment once for the whole cohort with a waitlist, attendance, completion, certificates that
 * anyone can verify, and the optional pre/post questionnaire. Facilitators see only their own cohorts;
 * operators and administrators see every cohort of the centres in their scope. Sessions that use the
 * computer room reserve it through the booking module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security", "centre",
        "member", "member :: finder", "booking", "staff", "notification", "layout"})
package org.infoplaza.workshop;
