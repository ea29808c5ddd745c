/**
 * The small kernel every module may use: the base entity, the clock in Panama's time zone, domain errors
 * that carry a message key, and the translation provider.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.infoplaza.shared;
