import { afterAll, describe, expect, it } from 'vitest';
import { ensureProject } from './projects.js';
import { recordScan } from './record-scan.js';
import { addNote, assignmentHistory, findingNotes, projectAssignees, recordAssignment } from './assignments.js';
import { listFindings } from './queries/findings.js';
import { day, finding, scan } from './testing/synthetic.js';
import { removeTempDirs, tempStore } from './testing/temp-db.js';
import { StoreInputError } from './errors.js';

afterAll(removeTempDirs);

describe('assignees and notes', () => {
  it('assigns, reassigns and unassigns with an audit trail; the list filters by assignee', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    recordScan(db, projectId, scan(['a', 'b', 'c'].map((fingerprint) => finding({ fingerprint })), { startedAt: day(0) }));
    const [a, b] = listFindings(db, projectId).rows;
    recordAssignment(db, { findingId: a!.id, assignee: '  Dana  ', actor: 'Lead', at: day(1) });
    recordAssignment(db, { findingId: b!.id, assignee: 'Sam', actor: 'Lead', at: day(1) });
    recordAssignment(db, { findingId: b!.id, assignee: 'Dana', actor: 'Lead', at: day(2) });
    recordAssignment(db, { findingId: a!.id, assignee: null, actor: 'Dana', at: day(3) });
    expect(assignmentHistory(db, b!.id).map((e) => [e.assignee, e.actor])).toEqual([['Sam', 'Lead'], ['Dana', 'Lead']]);
    expect(assignmentHistory(db, a!.id).map((e) => e.assignee)).toEqual(['Dana', null]);
    expect(listFindings(db, projectId, { filter: { assignee: ['Dana'] } }).rows.map((r) => r.id)).toEqual([b!.id]);
    expect(listFindings(db, projectId, { filter: { assignee: [null] } }).total).toBe(2);
    expect(listFindings(db, projectId, { filter: { assignee: ['Dana', null] } }).total).toBe(3);
    expect(projectAssignees(db, projectId)).toEqual([{ assignee: 'Dana', count: 1 }]);
    expect(() => db.prepare('UPDATE assignment_events SET assignee = ?').run('Eve')).toThrow(/append-only/);
    expect(() => recordAssignment(db, { findingId: a!.id, assignee: 'Eve\u202e' })).toThrow(StoreInputError);
    expect(() => recordAssignment(db, { findingId: 999_999, assignee: 'Eve' })).toThrow(/No finding/);
  });

  it('keeps a notes thread with who and when, append-only', () => {
    const { db } = tempStore();
    const projectId = ensureProject(db, { rootPath: '/srv/app' }).id;
    recordScan(db, projectId, scan([finding({ fingerprint: 'n' })], { startedAt: day(0) }));
    const id = listFindings(db, projectId).rows[0]!.id;
    addNote(db, { findingId: id, body: 'Asked the team owning billing.', actor: 'Dana', at: day(1) });
    addNote(db, { findingId: id, body: 'They fix it in the next sprint.\n<b>not markup</b>', actor: 'Sam', at: day(2) });
    expect(findingNotes(db, id).map((n) => [n.actor, n.at, n.body])).toEqual([
      ['Dana', day(1), 'Asked the team owning billing.'],
      ['Sam', day(2), 'They fix it in the next sprint.\n<b>not markup</b>'],
    ]);
    expect(() => addNote(db, { findingId: id, body: '   ' })).toThrow(/needs some text/);
    expect(() => db.prepare('DELETE FROM finding_notes').run()).toThrow(/append-only/);
  });
});
