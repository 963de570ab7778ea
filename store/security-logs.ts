// The security logging evidence of a scan: each place the application logs a login, logout,
// password change, access denial or authentication signal. Repository text (handler, call) is
// stored as found and shown inert by every view.
import type { SecurityLogEvent, SecurityLogEvidence } from '../domain/index.js';
import type { StoreDb } from './open-store.js';

/** More than this many places adds nothing a reviewer reads; the counts in scan_facts stay exact. */
export const MAX_SECURITY_LOGS = 2000;

export function writeSecurityLogs(db: StoreDb, scanId: number, evidence: readonly SecurityLogEvidence[]): void {
  const ins = db.prepare('INSERT INTO scan_security_logs (scan_id, event, path, line, handler, call) VALUES (?, ?, ?, ?, ?, ?)');
  for (const e of evidence.slice(0, MAX_SECURITY_LOGS)) ins.run(scanId, e.event, e.path, Math.max(0, Math.trunc(e.line)), e.handler, e.call);
}

/** The scan's evidence, by file and line; only these events when given. */
export function securityLogs(db: StoreDb, scanId: number, events?: readonly SecurityLogEvent[]): SecurityLogEvidence[] {
  const rows = db.prepare('SELECT event, path, line, handler, call FROM scan_security_logs WHERE scan_id = ? ORDER BY path, line').all(scanId) as SecurityLogEvidence[];
  return events ? rows.filter((r) => events.includes(r.event)) : rows;
}
