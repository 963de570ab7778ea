// The requirement pane's inventory slice, for the access-control and API requirements: how many
// routes require authentication, which ones anyone may call (state-changing first) and which Assay
// could not judge; apart from them, the views no scanned route reaches, never counted among the open
// routes. Evidence for the reviewer, not a verdict.
import { plural } from '../../../domain/index.js';
import type { RequirementDetail } from '../../../electron/ipc-contract.js';
import { routeHref } from '../route.js';
import { EndpointTable } from './endpoint-table.js';

export function EndpointEvidence({ evidence }: { evidence: NonNullable<RequirementDetail['endpointEvidence']> }) {
  const c = evidence.counts;
  const s = c?.routed;
  return (
    <section aria-label="Endpoint inventory evidence" data-testid="endpoint-evidence">
      <h3>Endpoint inventory</h3>
      {!c || !s ? (
        <p className="muted">No scan has recorded an endpoint inventory yet.</p>
      ) : (
        <>
          <p data-testid="endpoint-slice">
            Scan #{evidence.scanId}: {plural(s.total, 'routed endpoint')} — <a href={routeHref('endpoints', { auth: 'required' })}>{s.byAuthentication.required} require authentication</a>,{' '}
            <a href={routeHref('endpoints', { auth: 'none' })}>{s.byAuthentication.none} open to anyone</a> ({s.openStateChanging} of them state-changing),{' '}
            <a href={routeHref('endpoints', { auth: 'unknown' })}>{s.byAuthentication.unknown} unknown</a>; {s.withoutAuthorization} authenticated without an authorization check.
          </p>
          {c.unrouted.total > 0 && (
            <p data-testid="endpoint-slice-unrouted">
              <a href={routeHref('endpoints', {})}>{plural(c.unrouted.total, 'unrouted view')}</a>, not reachable by any route Assay sees ({c.unrouted.byAuthentication.none} of them without authentication): counted apart, not among the open endpoints.
            </p>
          )}
          <p className="muted">Evidence for a reviewer, not a pass: whether each open endpoint is meant to be public still needs a person. Attesting here records this inventory as an evidence file.</p>
          {evidence.open.length > 0 && (
            <>
              <h4>Open to anyone{s.byAuthentication.none > evidence.open.length ? ` (first ${evidence.open.length} of ${s.byAuthentication.none})` : ''}</h4>
              <EndpointTable rows={evidence.open.map((endpoint) => ({ endpoint, findings: [] }))} label="Unauthenticated endpoints" compact />
            </>
          )}
          {evidence.unknown.length > 0 && (
            <>
              <h4>Not judged{s.byAuthentication.unknown > evidence.unknown.length ? ` (first ${evidence.unknown.length} of ${s.byAuthentication.unknown})` : ''}</h4>
              <EndpointTable rows={evidence.unknown.map((endpoint) => ({ endpoint, findings: [] }))} label="Endpoints of unknown authentication" compact />
            </>
          )}
        </>
      )}
    </section>
  );
}
