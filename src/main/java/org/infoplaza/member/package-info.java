/**
 * The people a centre serves: registration (with a guardian and consents for minors), duplicate
 * detection, member numbers, search within the caller's centres, and consent validity for the features
 * that must refuse a minor without it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security", "centre", "layout"})
package org.infoplaza.member;
