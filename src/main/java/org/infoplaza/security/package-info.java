/**
 * Who is signed in, what their role allows, and which centres they may touch. Services ask
 * {@link org.infoplaza.security.CurrentUser} before reading or changing a centre's data, so hiding a button
 * in a view is never the only protection.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.infoplaza.security;
