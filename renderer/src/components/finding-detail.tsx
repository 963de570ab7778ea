// One finding in full: where, why, the dataflow trace, the rule's docs, and the triage decision
// with its history. Everything from the repository is rendered as text.
import { useState } from 'react';
import type { FindingDetail, TriageStatus } from '../../../electron/ipc-contract.js';
import { TRIAGE_STATUSES, visibleText } from '../../../domain/index.js';
import { call } from '../api.js';
import { useSubmit } from '../use-submit.js';
import { dateTime, TRIAGE_LABELS } from '../format.js';
import { useLoad } from '../use-load.js';
import { ReviewBadge, SeverityBadge, TriageBadge } from './badges.js';
import { CodeSnippet } from './code-snippet.js';
import { ErrorState, Loading } from './states.js';

export function FindingDetailPane({ projectId, findingId, onTriaged, onClose }: { projectId: number; findingId: number; onTriaged: (message: string) => void; onClose: () => void }) {
  const load = useLoad(() => call((api) => api.findingDetail({ projectId, findingId })), [projectId, findingId]);
  return (
    <aside className="detail-pane" aria-label="Finding detail">
      <button type="button" className="close" aria-label="Close detail" onClick={onClose}>
        ×
      </button>
      {load.state === 'error' && <ErrorState error={load.error} onRetry={load.reload} />}
      {load.state === 'loading' && !load.data && <Loading what="the finding" />}
      {load.data && <Detail detail={load.data} projectId={projectId} onTriaged={onTriaged} reload={load.reload} />}
    </aside>
  );
}

function Detail({ detail: d, projectId, onTriaged, reload }: { detail: FindingDetail; projectId: number; onTriaged: (message: string) => void; reload: () => void }) {
  return (
    <div className="detail" data-testid="finding-detail">
      <h2>{d.title}</h2>
      <p className="detail-meta">
        <SeverityBadge severity={d.severity} /> <span>{d.confidence} confidence</span>{' '}
        {d.review === null ? <TriageBadge status={d.triage} /> : <ReviewBadge review={d.review} />} <span className="chip">{d.lifecycle}</span>
      </p>
      <dl className="facts">
        <div>
          <dt>Rule</dt>
          <dd>{d.ruleId}</dd>
        </div>
        <div>
          <dt>Location</dt>
          <dd className="path">
            {visibleText(d.path)}:{d.line}:{d.column}
          </dd>
        </div>
        <div>
          <dt>CWE</dt>
          <dd>{d.cwe.map((c) => `CWE-${c}`).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>ASVS</dt>
          <dd>{d.asvs.join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{dateTime(d.firstSeenAt)}</dd>
        </div>
        <div>
          <dt>Tool</dt>
          <dd>{d.tool}</dd>
        </div>
      </dl>
      {d.review !== null && d.review !== 'needs_fix' ? (
        <div className="note" data-testid="what-to-check">
          <strong>Hotspot — what to check:</strong> <span className="pre-line">{visibleText(d.message, { multiline: true })}</span>
        </div>
      ) : (
        <p className="message">{visibleText(d.message, { multiline: true })}</p>
      )}
      {d.suppression && (
        <p className="note">
          Suppressed in code ({d.suppression.kind}){d.suppression.justification ? `: ${d.suppression.justification}` : ' without a reason'}.
        </p>
      )}
      <h3>Code</h3>
      <CodeSnippet code={d.snippet} startLine={d.line} label="Flagged code" />
      {d.trace.length > 0 && (
        <>
          <h3>Dataflow, source to sink</h3>
          <ol className="trace">
            {d.trace.map((s, i) => (
              <li key={i} className={`trace-${s.kind}`}>
                <div>
                  <span className="chip">{s.kind}</span> <span className="path">{`${visibleText(s.path)}:${s.line}`}</span> — {visibleText(s.message)}
                </div>
                {s.snippet && <CodeSnippet code={s.snippet} startLine={s.line} label={`Step ${i + 1} code`} />}
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>How to fix</h3>
      <p className="pre-line">{d.fix}</p>
      {d.rule && <RuleDocs rule={d.rule} />}
      {d.review !== null && d.review !== 'needs_fix' ? (
        <ReviewForm detail={d} projectId={projectId} onDone={() => { reload(); onTriaged('Review saved.'); }} />
      ) : (
        <TriageForm detail={d} projectId={projectId} onDone={(message) => { reload(); onTriaged(message); }} />
      )}
      <h3>{d.review === null ? 'Triage history' : 'Review history'}</h3>
      {d.triageHistory.length === 0 ? (
        <p className="muted">No decision recorded yet.</p>
      ) : (
        <ol className="history" data-testid="triage-history">
          {d.triageHistory.map((h, i) => (
            <li key={i}>
              <strong>{d.review === null ? TRIAGE_LABELS[h.status] : (REVIEW_OF_TRIAGE[h.status] ?? TRIAGE_LABELS[h.status])}</strong> by {h.by}, {dateTime(h.at)}
              {h.expiresAt ? ` (until ${h.expiresAt.slice(0, 10)})` : ''}
              {h.reason && <div className="pre-line">{h.reason}</div>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function RuleDocs({ rule }: { rule: NonNullable<FindingDetail['rule']> }) {
  return (
    <details className="rule-docs">
      <summary>
        About {rule.id}: {rule.title}
      </summary>
      <h4>What it finds</h4>
      <p>{rule.what}</p>
      <h4>Why it matters</h4>
      <p>{rule.why}</p>
      <h4>Example</h4>
      <CodeSnippet code={rule.example} label="Vulnerable example" />
      <h4>Fix</h4>
      <CodeSnippet code={rule.fix} label="Fixed example" />
      {rule.references.length > 0 && (
        <>
          <h4>References</h4>
          <ul>
            {rule.references.map((r) => (
              <li key={r}>
                <button type="button" className="link" onClick={() => void call((api) => api.openLink({ url: r }))}>
                  {r}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

const STATUSES = TRIAGE_STATUSES;

function TriageForm({ detail, projectId, onDone }: { detail: FindingDetail; projectId: number; onDone: (message: string) => void }) {
  const [status, setStatus] = useState<TriageStatus>(detail.triage);
  const [reason, setReason] = useState('');
  const [expires, setExpires] = useState('');
  const { error, setError, saving, run } = useSubmit();
  const needsReason = status === 'false_positive' || status === 'accepted_risk';
  const submit = async () => {
    if (needsReason && !reason.trim()) return setError('Write why: a justification is required for this decision.');
    if (status === 'accepted_risk' && !expires) return setError('An accepted risk needs an expiry date.');
    await run(async () => {
      const saved = await call((api) => api.triage({ projectId, findingId: detail.id, status, reason: reason.trim() || null, expiresAt: status === 'accepted_risk' ? expires : null }));
      setReason('');
      setExpires('');
      onDone(`Recorded ${TRIAGE_LABELS[saved.triage].toLowerCase()} for ${saved.ruleId} at ${saved.path}:${saved.line}.`);
    });
  };
  return (
    <form
      className="triage-form"
      aria-label="Triage"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Triage</h3>
      <fieldset className="checks">
        <legend>Decision</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input type="radio" name="triage-status" value={s} checked={status === s} onChange={() => setStatus(s)} />
            {TRIAGE_LABELS[s]}
          </label>
        ))}
      </fieldset>
      <label className="block">
        Justification{needsReason ? ' (required)' : ''}
        <textarea value={reason} rows={3} onChange={(e) => setReason(e.target.value)} aria-required={needsReason} />
      </label>
      {status === 'accepted_risk' && (
        <label className="block">
          Risk accepted until
          <input type="date" value={expires} onChange={(e) => setExpires(e.target.value)} aria-required="true" />
        </label>
      )}
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Record decision'}
      </button>
    </form>
  );
}

/** A hotspot's review is recorded as a triage event: its history speaks of reviews. */
const REVIEW_OF_TRIAGE: Partial<Record<TriageStatus, string>> = { 'false_positive': 'Reviewed safe', confirmed: 'Needs fix', open: 'Reopened for review' };


/** A hotspot's review: "safe" with what was checked (it becomes evidence), or "needs fix" (a confirmed vulnerability). */
function ReviewForm({ detail, projectId, onDone }: { detail: FindingDetail; projectId: number; onDone: () => void }) {
  const [verdict, setVerdict] = useState<'safe' | 'needs_fix'>('safe');
  const [reason, setReason] = useState('');
  const { error, setError, saving, run } = useSubmit();
  const submit = async () => {
    if (verdict === 'safe' && !reason.trim()) return setError('Say why it is safe: what you checked becomes the evidence.');
    await run(async () => {
      await call((api) => api.reviewHotspot({ projectId, findingId: detail.id, verdict, reason: reason.trim() || null }));
      setReason('');
      onDone();
    });
  };
  return (
    <form
      className="triage-form"
      aria-label="Review"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>Review</h3>
      {detail.review === 'safe' && <p className="muted">Reviewed safe; a new review replaces that decision.</p>}
      <fieldset className="checks">
        <legend>Verdict</legend>
        <label>
          <input type="radio" name="review-verdict" value="safe" checked={verdict === 'safe'} onChange={() => setVerdict('safe')} />
          Safe — say why
        </label>
        <label>
          <input type="radio" name="review-verdict" value="needs_fix" checked={verdict === 'needs_fix'} onChange={() => setVerdict('needs_fix')} />
          Needs fix (becomes a confirmed vulnerability)
        </label>
      </fieldset>
      <label className="block">
        {verdict === 'safe' ? 'Why it is safe (required)' : 'What needs fixing'}
        <textarea value={reason} rows={3} onChange={(e) => setReason(e.target.value)} aria-required={verdict === 'safe'} />
      </label>
      {error && (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={saving}>
        {saving ? 'Saving…' : 'Record review'}
      </button>
    </form>
  );
}
