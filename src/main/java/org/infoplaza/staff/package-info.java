/**
 * Staff accounts: who may sign in, with which role, at which centres, in which language. Also the sign-in
 * rules: password hashing, throttling after repeated failures, and the first administrator of an empty
 * installation.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security", "centre"})
package org.infoplaza.staff;
