// One table of endpoints, used by the Endpoints page, its change view and the requirement pane's
// inventory slice: method, path, handler, framework, authentication with the guard that decided it
// and why, CSRF, and the findings about the endpoint as links. Every name is repository text: shown
// through visibleText, never as markup.
import { Fragment, useEffect, useRef, useState } from 'react';
import type { Endpoint } from '../../../domain/index.js';
import { authenticationReason, CSRF_LABELS, decidingGuard, endpointKey, visibleText } from '../../../domain/index.js';
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

function AuthCell({ e }: { e: Endpoint }) {
  const g = decidingGuard(e);
  return (
    <td className="auth-cell">
      <AuthChip state={e.authentication} />
      {g && <span className="mono"> {visibleText(g.name)}</span>}
      <div className="why">{visibleText(authenticationReason(e))}</div>
      {e.authorization.length > 0 && <div className="why">Authorization: {e.authorization.map((a) => `${visibleText(a.name)} (${a.kind})`).join(', ')}</div>}
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
    <table className="data endpoints" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Method</th>
          <th scope="col">Path</th>
          <th scope="col">Handler</th>
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
              <td className="mono methods">{e.methods.join(' ')}</td>
              <td className="path route-path"><span><PathBreaks text={visibleText(e.path)} /></span></td>
              <td>
                {canOpen ? (
                  <button type="button" className="link path handler-open handler-place" title={`Show the code of ${visibleText(e.handler.name)}`} aria-expanded={open === ordinal} onClick={() => setOpen(open === ordinal ? null : ordinal!)}>
                    <PathBreaks text={place} />
                  </button>
                ) : (
                  <span className="path handler-place" title={visibleText(e.handler.name)}><PathBreaks text={place} /></span>
                )}
                {!compact && <div className="why mono qualified-name"><PathBreaks text={visibleText(e.handler.name)} /></div>}
              </td>
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
                <td colSpan={compact ? 4 : 7}>
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
