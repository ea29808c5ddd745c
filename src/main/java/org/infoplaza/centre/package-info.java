/**
 * Centres (Infoplazas), the municipalities they serve, their opening hours, closures and the rules that
 * later features apply (session length, daily minutes, no-show grace, booking horizon).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security"})
package org.infoplaza.centre;
