// One table of endpoints, used by the Endpoints page, its change view and the requirement pane's
// inventory slice: method, path, handler, framework, authentication with the guard that decided it
// and why, CSRF, and the findings about the endpoint as links. Every name is repository text: shown
// through visibleText, never as markup.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { Endpoint } from '../../../domain/index.js';
import { authenticationReasonParts, CSRF_LABELS, endpointKey, visibleText } from '../../../domain/index.js';
import type { EndpointFindingRef } from '../../../electron/ipc-contract.js';
import { routeHref } from '../route.js';
import { SeverityBadge } from './badges.js';
import { HandlerCode } from './handler-code.js';
import { PathBreaks } from './path-breaks.js';

export interface EndpointRow {
  endpoint: Endpoint;
  findings: readonly EndpointFindingRef[];
  /** The endpoint's place in the stored inventory, when the row can open its handler's code. */
  ordinal?: number;
}

/** Where the rows' inventory is stored: given, a row's `file:line` opens the handler's code below it. */
export interface InventorySource {
  projectId: number;
  scanId: number;
}

export function AuthChip({ state }: { state: Endpoint['authentication'] }) {
  return <span className={`chip auth-${state}`}>{state === 'none' ? 'none (open)' : state}</span>;
}

/** Where a finding about an endpoint is worked on: the Findings page (its rule's list) or the To review queue. */
export function findingHref(f: EndpointFindingRef): string {
  return f.page === 'review' ? routeHref('review', { show: 'all', sel: f.findingId }) : routeHref('findings', { rule: f.ruleId, triage: 'any', sel: f.findingId });
}

/** A guard's or check's qualified name as code, wrapping only after its dots (never mid-name). */
export function GuardName({ name }: { name: string }) {
  return (
    <code className="guard-name">
      <PathBreaks text={visibleText(name)} />
    </code>
  );
}

/** Why the endpoint's authentication is what it is: the sentence, with each guard's name as a code chip. */
export function AuthenticationReason({ e }: { e: Endpoint }) {
  return (
    <div className="why auth-reason">
      {authenticationReasonParts(e).map((p, i) => ('guard' in p ? <GuardName key={i} name={p.guard} /> : <Fragment key={i}>{visibleText(p.text)}</Fragment>))}
    </div>
  );
}

function AuthCell({ e }: { e: Endpoint }) {
  return (
    <td className="auth-cell">
      <AuthChip state={e.authentication} />
      <AuthenticationReason e={e} />
      {e.authorization.length > 0 && (
        <div className="why">
          Authorization:{' '}
          {e.authorization.map((a, i) => (
            <Fragment key={i}>
              {i > 0 && ', '}
              <GuardName name={a.name} /> ({a.kind})
            </Fragment>
          ))}
        </div>
      )}
      {e.throttled && <div className="why">Rate limited</div>}
    </td>
  );
}

export function EndpointTable({ rows, label, focus, compact = false, empty = 'No endpoint matches.', source }: { rows: readonly EndpointRow[]; label: string; focus?: string | null; compact?: boolean; empty?: string; source?: InventorySource }) {
  const focused = useRef<HTMLTableRowElement | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: 'center' });
  }, [focus]);
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className={compact ? 'data endpoints compact' : 'data endpoints'} aria-label={label}>
      {compact && (
        <colgroup>
          <col className="col-methods" />
          <col className="col-route" />
          <col className="col-auth" />
        </colgroup>
      )}
      <thead>
        <tr>
          <th scope="col">Method</th>
          <th scope="col">{compact ? 'Path and handler' : 'Path'}</th>
          {!compact && <th scope="col">Handler</th>}
          {!compact && <th scope="col">Framework</th>}
          <th scope="col">Authentication</th>
          {!compact && <th scope="col">CSRF</th>}
          {!compact && <th scope="col">Findings</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => {
          const { endpoint: e, findings } = row;
          const key = endpointKey(e);
          const here = focus === key;
          const ordinal = row.ordinal;
          const canOpen = source !== undefined && ordinal !== undefined;
          const place = `${visibleText(e.handler.file)}:${e.handler.line}`;
          return (
            <Fragment key={`${key} ${e.handler.file}:${e.handler.line} ${i}`}>
            <tr data-endpoint={key} className={here ? 'selected' : undefined} aria-current={here ? 'true' : undefined} ref={here ? focused : undefined}>
              <td className="mono methods">{compact ? e.methods.map((m) => <div key={m}>{m}</div>) : e.methods.join(' ')}</td>
              <td className="path route-path">
                <span><PathBreaks text={visibleText(e.path)} /></span>
                {/* The pane is narrow: the handler's place goes under its path, cut short with the whole of it as the title. */}
                {compact && (
                  <div className="why handler-place truncated mono" title={`${place} ${visibleText(e.handler.name)}`}>
                    {place}
                  </div>
                )}
              </td>
              {!compact && <td>
                {canOpen ? (
                  <button type="button" className="link path handler-open handler-place" title={`Show the code of ${visibleText(e.handler.name)}`} aria-expanded={open === ordinal} onClick={() => setOpen(open === ordinal ? null : ordinal!)}>
                    <PathBreaks text={place} />
                  </button>
                ) : (
                  <span className="path handler-place" title={visibleText(e.handler.name)}><PathBreaks text={place} /></span>
                )}
                <div className="why mono qualified-name"><PathBreaks text={visibleText(e.handler.name)} /></div>
              </td>}
              {!compact && <td>{e.framework}</td>}
              <AuthCell e={e} />
              {!compact && <td className="csrf">{CSRF_LABELS[e.csrf]}</td>}
              {!compact && (
                <td className="endpoint-findings">
                  {findings.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul>
                      {findings.map((f) => (
                        <li key={f.findingId}>
                          <a href={findingHref(f)} data-finding={f.findingId} data-via={f.via} title={f.via === 'rule' ? f.title : `${f.title} (in the handler, line ${f.line})`}>
                            <SeverityBadge severity={f.severity} /> {f.ruleId}
                          </a>
                          {f.via === 'handler' && <span className="why"> line {f.line}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              )}
            </tr>
            {canOpen && open === ordinal && (
              <tr className="handler-code-row">
                <td colSpan={compact ? 3 : 7}>
                  <HandlerCode projectId={source.projectId} scanId={source.scanId} ordinal={ordinal} onClose={() => setOpen(null)} />
                </td>
              </tr>
            )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
