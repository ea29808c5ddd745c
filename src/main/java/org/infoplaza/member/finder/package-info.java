/**
 * The member finder other modules put in their dialogs (the desk's booking and walk-in dialogs, a cohort's
 * enrolment): a UI piece of the member module, published as the named interface {@code member :: finder}.
 */
@org.springframework.modulith.NamedInterface("finder")
package org.infoplaza.member.finder;
