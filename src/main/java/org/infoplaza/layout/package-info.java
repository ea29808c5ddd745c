/**
 * The application frame: side navigation built from each view's {@code @Menu} (so this module never
 * imports a feature view), the centre selector, language switch, user menu, and error pages.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security", "centre"})
package org.infoplaza.layout;
