// One finding in full: where, why, the dataflow trace, the rule's docs, and the triage decision
// with its history. Everything from the repository is rendered as text.
import type { FindingDetail, TriageStatus } from '../../../electron/ipc-contract.js';
import { cweLabel, endpointKey, TRIAGE_STATUSES, visibleText } from '../../../domain/index.js';
import { call } from '../api.js';
import { DecisionForm, type DecisionChoice } from './decision-form.js';
import { AssigneeForm, NotesThread } from './finding-collab.js';
import { routeHref } from '../route.js';
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
          <dd className="path location">{`${visibleText(d.path)}:${d.line}:${d.column}`}</dd>
        </div>
        <div>
          <dt>CWE</dt>
          <dd>{d.cwe.map(cweLabel).join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>ASVS</dt>
          <dd data-testid="finding-requirements">
            {d.asvs.length === 0
              ? '—'
              : d.asvs.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    <a href={routeHref('asvs', { req: id })}>{id}</a>
                  </span>
                ))}
          </dd>
        </div>
        {d.endpoints.length > 0 && (
          <div>
            <dt>{d.endpoints.length === 1 ? 'Endpoint' : 'Endpoints'}</dt>
            <dd>
              <ul className="finding-endpoints" data-testid="finding-endpoints">
                {d.endpoints.map((e) => (
                  <li key={`${endpointKey(e)} ${e.handler}`} data-via={e.via}>
                    <a className="path" data-testid="finding-endpoint" href={routeHref('endpoints', { ep: endpointKey(e) })}>{`${e.methods.join(',')} ${visibleText(e.path)}`}</a>
                    <span className="why">{e.via === 'rule' ? ' — the rule judged this endpoint' : ` — in its handler ${visibleText(e.handler)}`}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
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
      {d.context ? (
        <div data-testid="code-context">
          <CodeSnippet code={d.context.lines.join('\n')} startLine={d.context.startLine} flagged={d.context.flagged} label="Code around the finding" />
          <p className="muted">From the repository now; the flagged lines are marked.</p>
        </div>
      ) : (
        <>
          <CodeSnippet code={d.snippet} startLine={d.line} label="Flagged code" />
          {d.contextNote && <p className="muted" data-testid="context-note">{d.contextNote}</p>}
        </>
      )}
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
      <AssigneeForm key={`a-${d.assignee ?? ''}`} detail={d} projectId={projectId} onSaved={(message) => { reload(); onTriaged(message); }} />
      <NotesThread detail={d} projectId={projectId} onSaved={() => reload()} />
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

/** A hotspot's review is recorded as a triage event: its history speaks of reviews. */
const REVIEW_OF_TRIAGE: Partial<Record<TriageStatus, string>> = { 'false_positive': 'Reviewed safe', confirmed: 'Needs fix', open: 'Reopened for review' };

const TRIAGE_CHOICES: DecisionChoice<TriageStatus>[] = TRIAGE_STATUSES.map((s) => {
  const required = s === 'false_positive' || s === 'accepted_risk';
  return {
    value: s,
    label: TRIAGE_LABELS[s],
    reasonLabel: `Justification${required ? ' (required)' : ''}`,
    reasonRequired: required ? 'Write why: a justification is required for this decision.' : undefined,
    needsExpiry: s === 'accepted_risk',
  };
});

const REVIEW_CHOICES: DecisionChoice<'safe' | 'needs_fix'>[] = [
  { value: 'safe', label: 'Safe — say why', reasonLabel: 'Why it is safe (required)', reasonRequired: 'Say why it is safe: what you checked becomes the evidence.' },
  { value: 'needs_fix', label: 'Needs fix (becomes a confirmed vulnerability)', reasonLabel: 'What needs fixing' },
];

function TriageForm({ detail, projectId, onDone }: { detail: FindingDetail; projectId: number; onDone: (message: string) => void }) {
  return (
    <DecisionForm
      title="Triage"
      legend="Decision"
      name="triage-status"
      choices={TRIAGE_CHOICES}
      initial={detail.triage}
      submitLabel="Record decision"
      save={async (status, reason, expiresAt) => {
        const saved = await call((api) => api.triage({ projectId, findingId: detail.id, status, reason, expiresAt }));
        onDone(`Recorded ${TRIAGE_LABELS[saved.triage].toLowerCase()} for ${saved.ruleId} at ${saved.path}:${saved.line}.`);
      }}
    />
  );
}

/** A hotspot's review: "safe" with what was checked (it becomes evidence), or "needs fix" (a confirmed vulnerability). */
function ReviewForm({ detail, projectId, onDone }: { detail: FindingDetail; projectId: number; onDone: () => void }) {
  return (
    <DecisionForm
      title="Review"
      legend="Verdict"
      name="review-verdict"
      choices={REVIEW_CHOICES}
      initial="safe"
      submitLabel="Record review"
      preface={detail.review === 'safe' ? <p className="muted">Reviewed safe; a new review replaces that decision.</p> : undefined}
      save={async (verdict, reason) => {
        await call((api) => api.reviewHotspot({ projectId, findingId: detail.id, verdict, reason }));
        onDone();
      }}
    />
  );
}
