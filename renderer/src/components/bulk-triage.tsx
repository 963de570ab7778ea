// Bulk triage: one decision, with its reason and expiry, for the selected rows or for every
// finding matching the filter. The store writes one audit event per finding.
import { useState } from 'react';
import { TRIAGE_STATUSES, plural } from '../../../domain/index.js';
import type { FindingsFilter, TriageStatus } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { TRIAGE_LABELS } from '../format.js';
import { useSubmit } from '../use-submit.js';

export type BulkTarget = { kind: 'selected'; ids: number[] } | { kind: 'filter'; filter: FindingsFilter; total: number };

export function BulkTriageBar(props: {
  projectId: number;
  target: BulkTarget;
  total: number | null;
  onSelectAll: () => void;
  onClear: () => void;
  onDone: (message: string) => void;
}) {
  const { target } = props;
  const [status, setStatus] = useState<TriageStatus>('false_positive');
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const { error, setError, saving, run } = useSubmit();
  const count = target.kind === 'selected' ? target.ids.length : target.total;
  const needsReason = status === 'false_positive' || status === 'accepted_risk';
  const submit = async () => {
    if (needsReason && !reason.trim()) return setError('Write why: a justification is required for this decision.');
    if (status === 'accepted_risk' && !expires) return setError('An accepted risk needs an expiry date.');
    await run(async () => {
      const out = await call((api) =>
        api.triageBulk({
          projectId: props.projectId,
          findingIds: target.kind === 'selected' ? target.ids : null,
          filter: target.kind === 'filter' ? target.filter : null,
          status,
          reason: reason.trim() || null,
          expiresAt: status === 'accepted_risk' ? expires : null,
        }),
      );
      setReason('');
      setExpires('');
      props.onDone(`Recorded ${TRIAGE_LABELS[out.status].toLowerCase()}${out.expiresAt ? ` until ${out.expiresAt.slice(0, 10)}` : ''} for ${plural(out.count, 'finding')}.`);
    });
  };
  return (
    <form
      className="bulk-triage card"
      aria-label="Bulk triage"
      data-testid="bulk-triage"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="bulk-scope">
        <strong data-testid="bulk-count">{target.kind === 'filter' ? `All ${plural(count, 'finding')} matching the filter` : `${plural(count, 'finding')} selected`}</strong>{' '}
        {target.kind === 'selected' && props.total !== null && props.total > count && (
          <button type="button" className="link" onClick={props.onSelectAll}>
            Select all {plural(props.total, 'finding')} matching the filter
          </button>
        )}{' '}
        <button type="button" className="link" onClick={props.onClear}>
          Clear selection
        </button>
      </p>
      <label>
        Decision{' '}
        <select aria-label="Bulk decision" value={status} onChange={(e) => setStatus(e.target.value as TriageStatus)}>
          {TRIAGE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {TRIAGE_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Justification{needsReason ? ' (required)' : ''}{' '}
        <input aria-label="Bulk justification" value={reason} onChange={(e) => setReason(e.target.value)} size={40} />
      </label>
      {status === 'accepted_risk' && (
        <label>
          Until <input type="date" aria-label="Bulk expiry" value={expires} onChange={(e) => setExpires(e.target.value)} />
        </label>
      )}
      <button type="submit" disabled={saving || count === 0}>
        {saving ? 'Saving…' : `Apply to ${plural(count, 'finding')}`}
      </button>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
