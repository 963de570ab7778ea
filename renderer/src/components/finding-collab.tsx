// Who works on a finding and what people said about it: the assignee (with its history) and the
// notes thread. Names and notes are people's text, shown as text.
import { useState } from 'react';
import type { FindingDetail } from '../../../electron/ipc-contract.js';
import { visibleText } from '../../../domain/index.js';
import { call } from '../api.js';
import { dateTime } from '../format.js';
import { useSubmit } from '../use-submit.js';
import { FormError, SaveButton } from './form-parts.js';

export function AssigneeForm({ detail, projectId, onSaved }: { detail: FindingDetail; projectId: number; onSaved: (message: string) => void }) {
  const [name, setName] = useState(detail.assignee ?? '');
  const { error, saving, run } = useSubmit();
  const save = (assignee: string | null) =>
    run(async () => {
      const saved = await call((api) => api.assignFinding({ projectId, findingId: detail.id, assignee }));
      setName(saved.assignee ?? '');
      onSaved(saved.assignee ? `Assigned to ${saved.assignee}.` : 'Unassigned.');
    });
  return (
    <form
      className="assignee-form"
      aria-label="Assignee"
      onSubmit={(e) => {
        e.preventDefault();
        void save(name.trim() || null);
      }}
    >
      <h3>Assignee</h3>
      <p data-testid="assignee-current">{detail.assignee ? <>Assigned to <strong>{visibleText(detail.assignee)}</strong></> : 'Nobody is assigned.'}</p>
      <label className="block">
        Assign to
        <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} placeholder="A person's name" />
      </label>
      <FormError error={error} />
      <SaveButton saving={saving} label="Assign" />{' '}
      {detail.assignee && (
        <button type="button" className="secondary" disabled={saving} onClick={() => void save(null)}>
          Unassign
        </button>
      )}
      {detail.assignmentHistory.length > 0 && (
        <details className="assignment-history">
          <summary>Assignment history</summary>
          <ol className="history">
            {detail.assignmentHistory.map((a, i) => (
              <li key={i}>
                {a.assignee ? `Assigned to ${visibleText(a.assignee)}` : 'Unassigned'} by {visibleText(a.by)}, {dateTime(a.at)}
              </li>
            ))}
          </ol>
        </details>
      )}
    </form>
  );
}

export function NotesThread({ detail, projectId, onSaved }: { detail: FindingDetail; projectId: number; onSaved: (message: string) => void }) {
  const [body, setBody] = useState('');
  const { error, setError, saving, run } = useSubmit();
  const submit = async () => {
    if (!body.trim()) return setError('Write the note first.');
    await run(async () => {
      await call((api) => api.addNote({ projectId, findingId: detail.id, body: body.trim() }));
      setBody('');
      onSaved('Note added.');
    });
  };
  return (
    <section aria-label="Notes">
      <h3>Notes</h3>
      {detail.notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className="notes" data-testid="notes">
          {detail.notes.map((n, i) => (
            <li key={i}>
              <div className="muted">
                {visibleText(n.by)}, {dateTime(n.at)}
              </div>
              <div className="pre-line">{visibleText(n.body, { multiline: true })}</div>
            </li>
          ))}
        </ol>
      )}
      <form
        aria-label="Add a note"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="block">
          New note
          <textarea value={body} rows={2} maxLength={10_000} onChange={(e) => setBody(e.target.value)} />
        </label>
        <FormError error={error} />
        <SaveButton saving={saving} label="Add note" />
      </form>
    </section>
  );
}
