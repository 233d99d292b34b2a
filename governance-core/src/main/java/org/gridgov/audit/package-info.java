/**
 * The audit trail (审计留痕): every command the engine was asked to carry out — done, refused or conflicted — with
 * who asked, in which role, where, when, what it came to and which grant allowed it. Entries are kept by the event
 * store beside the timelines and hash-chained in order ({@link org.gridgov.audit.AuditEntry}), so an entry edited,
 * dropped or inserted afterwards is detected ({@link org.gridgov.audit.AuditTrail#verify}).
 */
package org.gridgov.audit;
