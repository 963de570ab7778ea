// Who works on a finding, and the notes thread about it: append-only events with who and when,
// like triage. findings.assignee caches the latest assignment (same transaction) so the list can
// filter by assignee without reading the events.
import type { StoreDb } from './open-store.js';
import { StoreInputError } from './errors.js';
import { reviewerFor } from './settings.js';
import { toInstant } from './time.js';

export const MAX_ASSIGNEE_LENGTH = 120;
export const MAX_NOTE_LENGTH = 10_000;

export interface AssignmentEventRow {
  id: number;
  findingId: number;
  /** Null: unassigned. */
  assignee: string | null;
  actor: string;
  at: string;
}

export interface NoteRow {
  id: number;
  findingId: number;
  body: string;
  actor: string;
  at: string;
}

interface Authored {
  findingId: number;
  actor?: string;
  at?: string;
}

function author(db: StoreDb, input: Authored): { actor: string; at: string } {
  const root = db.prepare('SELECT p.root_path FROM findings f JOIN projects p ON p.id = f.project_id WHERE f.id = ?').pluck().get(input.findingId) as string | undefined;
  if (root === undefined) throw new StoreInputError(`No finding with id ${input.findingId}.`);
  return { actor: input.actor ?? reviewerFor(db, root), at: input.at ? toInstant(input.at, 'time') : new Date().toISOString() };
}

/** A person's name as typed, or null to unassign; control characters and overlong names are refused. */
export function checkAssignee(assignee: string | null): string | null {
  if (assignee === null) return null;
  const name = assignee.trim();
  if (!name) return null;
  if (name.length > MAX_ASSIGNEE_LENGTH) throw new StoreInputError(`An assignee name is at most ${MAX_ASSIGNEE_LENGTH} characters.`);
  if (/[\p{Cc}\p{Cf}]/u.test(name)) throw new StoreInputError('An assignee name cannot hold control or formatting characters.');
  return name;
}

export function recordAssignment(db: StoreDb, input: Authored & { assignee: string | null }): AssignmentEventRow {
  const assignee = checkAssignee(input.assignee);
  const { actor, at } = author(db, input);
  return db.transaction(() => {
    const id = db.prepare('INSERT INTO assignment_events (finding_id, assignee, actor, at) VALUES (?, ?, ?, ?)').run(input.findingId, assignee, actor, at).lastInsertRowid;
    db.prepare('UPDATE findings SET assignee = ? WHERE id = ?').run(assignee, input.findingId);
    return { id: Number(id), findingId: input.findingId, assignee, actor, at };
  }).immediate();
}

export function addNote(db: StoreDb, input: Authored & { body: string }): NoteRow {
  const body = input.body.trim();
  if (!body) throw new StoreInputError('A note needs some text.');
  if (body.length > MAX_NOTE_LENGTH) throw new StoreInputError(`A note is at most ${MAX_NOTE_LENGTH} characters.`);
  const { actor, at } = author(db, input);
  const id = db.prepare('INSERT INTO finding_notes (finding_id, body, actor, at) VALUES (?, ?, ?, ?)').run(input.findingId, body, actor, at).lastInsertRowid;
  return { id: Number(id), findingId: input.findingId, body, actor, at };
}

/** Every assignment of a finding, oldest first. */
export function assignmentHistory(db: StoreDb, findingId: number): AssignmentEventRow[] {
  return db.prepare('SELECT id, finding_id AS findingId, assignee, actor, at FROM assignment_events WHERE finding_id = ? ORDER BY at, id').all(findingId) as AssignmentEventRow[];
}

/** The notes thread, oldest first. */
export function findingNotes(db: StoreDb, findingId: number): NoteRow[] {
  return db.prepare('SELECT id, finding_id AS findingId, body, actor, at FROM finding_notes WHERE finding_id = ? ORDER BY at, id').all(findingId) as NoteRow[];
}

/** The people findings of a project are assigned to, with counts (the assignee filter's choices). */
export function projectAssignees(db: StoreDb, projectId: number): { assignee: string; count: number }[] {
  return db
    .prepare('SELECT assignee, count(*) AS count FROM findings WHERE project_id = ? AND assignee IS NOT NULL GROUP BY assignee ORDER BY assignee')
    .all(projectId) as { assignee: string; count: number }[];
}
