import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject, deleteProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { securityLogs } from './security-logs.js';
import { day, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';

afterAll(removeTempDirs);

describe('security logging evidence', () => {
  it('is kept per scan, read by event, and goes with the project', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    const { scanId } = recordScan(db, projectId, scan([], {
      startedAt: day(0),
      securityLogging: [
        { event: 'login', path: 'auth/views.py', line: 30, handler: 'login', call: 'log.warning("failed login")' },
        { event: 'access_denied', path: 'api/keys.py', line: 12, handler: 'metrics', call: 'log.warning("bad key \u202e")' },
      ],
    }));
    expect(securityLogs(db, scanId).map((e) => [e.event, e.path, e.line])).toEqual([['access_denied', 'api/keys.py', 12], ['login', 'auth/views.py', 30]]);
    expect(securityLogs(db, scanId, ['login', 'logout'])).toEqual([{ event: 'login', path: 'auth/views.py', line: 30, handler: 'login', call: 'log.warning("failed login")' }]);
    // Repository text is stored as found; the views make it visible.
    expect(securityLogs(db, scanId, ['access_denied'])[0]!.call).toBe('log.warning("bad key \u202e")');
    deleteProject(db, projectId);
    expect(db.prepare('SELECT count(*) FROM scan_security_logs').pluck().get()).toBe(0);
  });
});
