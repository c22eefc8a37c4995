/**
 * Users, log-in, roles and the audit trail.
 *
 * <h2>How a feature adopts the access policy</h2>
 * <ol>
 * <li>Every public service method that reads or changes data takes an {@link kz.kuzet.security.Actor} as its
 * first parameter. The console gets it from the log-in dialog, a command from {@code root.logIn(kuzet)}, an
 * internal process (demo loader, scheduler) uses {@link kz.kuzet.security.Actor#system(String)}.</li>
 * <li>Take the {@link kz.kuzet.security.AccessGuard} in the constructor ({@code kuzet.access()} in the
 * composition root): it applies {@link kz.kuzet.security.AccessPolicy} and audits every refusal.</li>
 * <li>Check first, before any work: {@code guard.require(actor, Permission.X)}; for one row of a state body,
 * {@code guard.requireForBody(actor, Permission.X, bodyId, bodyCode, "sensor 4")}.</li>
 * <li>Listings narrow their query: {@code BodyScope scope = guard.scope(actor, Permission.X);} then
 * {@code "... where " + scope.condition("d.stateBody.id")} and {@code scope.bind(query)}. A coordinator never
 * receives another body's rows; counts are computed over the same scope.</li>
 * <li>Writes: check {@code requireForBody} against the state body the row belongs to AFTER the change too
 * (a coordinator may not move a sensor to another body).</li>
 * <li>Audit inside the same transaction, as its last step: {@code audit.change(em, actor, "sensor.update",
 * "sensor", id, recordId, before, after)}; exports, imports and notices: {@code audit.event(em, actor,
 * "export.csv", details)} or {@code audit.recordEvent(em, actor, "notice.send", recordId, details)}.</li>
 * <li>A refusal is an {@link kz.kuzet.security.AccessDeniedException}; commands print its message (exit 1),
 * the console shows it as it is.</li>
 * <li>CSV exports write every cell through {@link kz.kuzet.security.CsvCells}.</li>
 * </ol>
 */
package kz.kuzet.security;
