// The dashboard's endpoint count: how many routes the latest inventory lists, how many anyone may
// call, and how many Assay could not judge; each number links to the Endpoints page filtered so.
// Views no scanned route reaches are counted apart: they may never be served.
import { plural } from '../../../domain/index.js';
import { call } from '../api.js';
import { routeHref } from '../route.js';
import { useLoad } from '../use-load.js';

export function EndpointCard({ projectId, scanId }: { projectId: number; scanId: number }) {
  const load = useLoad(() => call((api) => api.endpoints({ projectId, scanId: null })), [projectId, scanId]);
  const counts = load.data?.counts ?? null;
  const changes = load.data?.changes ?? null;
  return (
    <section className="card endpoint-card" aria-labelledby="h-endpoints" data-testid="endpoint-card">
      <h2 id="h-endpoints">Endpoints</h2>
      {load.state === 'error' && <p className="error-message">{load.error.message}</p>}
      {load.state === 'loading' && !load.data && <p className="muted">Loading the inventory…</p>}
      {load.data && !counts && <p className="muted">The latest scan recorded no endpoint inventory.</p>}
      {counts && (
        <>
          <div className="endpoint-counts">
            <a href={routeHref('endpoints')} data-testid="endpoints-total">
              <strong>{counts.routed.total}</strong> routed endpoints
            </a>
            <a href={routeHref('endpoints', { auth: 'none' })} data-testid="endpoints-open">
              <strong>{counts.routed.byAuthentication.none}</strong> unauthenticated
            </a>
            <a href={routeHref('endpoints', { auth: 'unknown' })} data-testid="endpoints-unknown">
              <strong>{counts.routed.byAuthentication.unknown}</strong> unknown
            </a>
          </div>
          <p>
            <a href={routeHref('endpoints', { auth: 'none', writes: '1' })}>{plural(counts.routed.openStateChanging, 'routed state-changing endpoint')} without authentication</a>
          </p>
          {counts.unrouted.total > 0 && (
            <p className="muted" data-testid="endpoints-unrouted">
              Not counted above: {plural(counts.unrouted.total, 'view')} no scanned route reaches ({counts.unrouted.byAuthentication.none} without authentication).
            </p>
          )}
          {changes && (
            <p className="muted">
              Since scan #{changes.fromScanId}:{' '}
              <a href={routeHref('endpoints', { view: 'changes' })}>
                {changes.added.length} new ({changes.added.filter((e) => e.authentication === 'none').length} open), {changes.changed.length} with changed guards, {changes.removed.length} removed
              </a>
            </p>
          )}
        </>
      )}
    </section>
  );
}
