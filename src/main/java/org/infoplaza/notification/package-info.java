/**
 * The backbone for work that happens later: Quartz jobs on the shared database (clustered, so each
 * trigger fires on one node) and a transactional outbox for e-mail. A feature enqueues a message inside
 * its own transaction; a job delivers it with retries, never twice, and admins see every message's fate.
 * Finished messages are purged of everything personal after a keeping period, and a member's mail goes when
 * the member is anonymised ({@code OutboxRetention}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "shared :: *", "security", "member"})
package org.infoplaza.notification;
