// Endpoints: every route of the latest inventory with what guards it, filtered by authentication,
// method, framework and text, open routes first, the views no scanned route reaches in a group of
// their own after them; and what changed since the inventory before (a new
// unauthenticated route first). Filters, order, view and the endpoint in focus live in the URL
// (endpoints-route.ts), so the dashboard and a finding can link to a slice and back returns to it.
import { useMemo } from 'react';
import { AUTHENTICATION_STATES, compareEndpoints, HTTP_METHODS, isStateChanging, isUnrouted, openFirst, plural, visibleText, type Endpoint } from '../../../domain/index.js';
import type { EndpointFindingRef, EndpointInventory, ProjectSummary } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { AuthChip, EndpointTable, type EndpointRow } from '../components/endpoint-table.js';
import { PathBreaks } from '../components/path-breaks.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { EmptyState, ErrorState, Loading } from '../components/states.js';
import { endpointsRouteFrom, endpointsRouteParams, type EndpointsRoute } from '../endpoints-route.js';
import { go, routeHref, useRoute } from '../route.js';
import { useLoad } from '../use-load.js';

export function EndpointsPage() {
  return <RequireProject>{(project) => (project.lastScan ? <ProjectEndpoints key={project.id} project={project} /> : <NoScanYet project={project} />)}</RequireProject>;
}

function ProjectEndpoints({ project }: { project: ProjectSummary }) {
  const route = useRoute();
  const here = endpointsRouteFrom(route.params);
  const change = (next: Partial<EndpointsRoute>, options?: { replace?: boolean }) => go('endpoints', endpointsRouteParams({ ...here, ...next }), options);
  const load = useLoad(() => call((api) => api.endpoints({ projectId: project.id, scanId: null })), [project.id, project.lastScan?.id]);
  return (
    <div className="page endpoints-page">
      <header className="page-head">
        <h1>Endpoints — {project.name}</h1>
        {load.data?.counts && <InventorySummary scanId={load.data.scanId} counts={load.data.counts} />}
      </header>
      {load.state === 'error' && <ErrorState error={load.error} onRetry={load.reload} />}
      {load.state === 'loading' && !load.data && <Loading what="the endpoint inventory" />}
      {load.data && (load.data.endpoints === null ? <NoInventory /> : <Inventory projectId={project.id} data={load.data} here={here} change={change} />)}
    </div>
  );
}

type Counts = NonNullable<EndpointInventory['counts']>;

/** What the numbers count: the routes the scanned code serves, then apart the views no scanned route reaches. */
function InventorySummary({ scanId, counts: { routed, unrouted } }: { scanId: number | null; counts: Counts }) {
  return (
    <span className="muted" role="status" data-testid="endpoints-summary">
      {plural(routed.total, 'routed endpoint')} in scan #{scanId} · {routed.byAuthentication.none} unauthenticated ({routed.openStateChanging} state-changing) · {routed.byAuthentication.unknown} unknown
      {unrouted.total > 0 && ` · ${plural(unrouted.total, 'unrouted view')} (${unrouted.byAuthentication.none} without authentication)`}
    </span>
  );
}

function NoInventory() {
  return (
    <EmptyState title="No endpoint inventory yet">
      <p>The latest scan recorded no inventory (results imported from another tool, or an older Assay). Scan the project again from the Projects page.</p>
    </EmptyState>
  );
}

/** Every word of the text must occur in the path, the handler or a guard's name (case-insensitive). */
function matchesText(e: Endpoint, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = [e.path, e.methods.join(' '), e.handler.file, e.handler.name, ...e.guards.map((g) => g.name), ...e.authorization.map((a) => a.name)].join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}

function Inventory({ projectId, data, here, change }: { projectId: number; data: EndpointInventory; here: EndpointsRoute; change: (next: Partial<EndpointsRoute>, options?: { replace?: boolean }) => void }) {
  const endpoints = data.endpoints!;
  const rows = useMemo<EndpointRow[]>(() => {
    const byEndpoint = new Map<number, EndpointFindingRef[]>();
    for (const f of data.findings) byEndpoint.set(f.endpoint, [...(byEndpoint.get(f.endpoint) ?? []), f]);
    return endpoints.map((endpoint, i) => ({ endpoint, findings: byEndpoint.get(i) ?? [], ordinal: i }));
  }, [data]);
  const frameworks = useMemo(() => [...new Set(endpoints.map((e) => e.framework))].sort(), [endpoints]);
  const shown = useMemo(() => {
    const list = rows.filter(({ endpoint: e }) =>
      (here.auth === null || e.authentication === here.auth) &&
      (here.method === null || e.methods.includes(here.method)) &&
      (here.framework === null || e.framework === here.framework) &&
      (!here.writes || isStateChanging(e)) &&
      matchesText(e, here.text));
    const sorted = [...list].sort((a, b) => (here.sort === 'risk' ? openFirst(a.endpoint, b.endpoint) : 0) || compareEndpoints(a.endpoint, b.endpoint));
    const routed = sorted.filter((r) => !isUnrouted(r.endpoint));
    return { routed, unrouted: sorted.filter((r) => isUnrouted(r.endpoint)) };
  }, [rows, here.auth, here.method, here.framework, here.writes, here.text, here.sort]);
  const source = data.scanId !== null ? { projectId, scanId: data.scanId } : undefined;
  const changes = data.changes;
  const changeCount = changes ? changes.added.length + changes.removed.length + changes.changed.length : 0;
  return (
    <>
      <nav className="tabs" aria-label="Endpoint views">
        <a href={routeHref('endpoints', endpointsRouteParams({ ...here, view: 'list' }))} aria-current={here.view === 'list' ? 'page' : undefined}>
          All endpoints ({endpoints.length})
        </a>
        <a href={routeHref('endpoints', endpointsRouteParams({ ...here, view: 'changes' }))} aria-current={here.view === 'changes' ? 'page' : undefined} data-testid="changes-tab">
          {changes ? `Changes since scan #${changes.fromScanId} (${changeCount})` : 'Changes (no earlier inventory)'}
        </a>
      </nav>
      {here.view === 'changes' ? (
        <Changes data={data} />
      ) : (
        <>
          <div className="filters" role="search" aria-label="Endpoint filters">
            <label>
              Authentication{' '}
              <select value={here.auth ?? ''} onChange={(e) => change({ auth: (e.target.value || null) as EndpointsRoute['auth'], focus: null })}>
                <option value="">Any</option>
                {AUTHENTICATION_STATES.map((s) => (
                  <option key={s} value={s}>
                    {s === 'none' ? 'none (open)' : s}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Method{' '}
              <select value={here.method ?? ''} onChange={(e) => change({ method: (e.target.value || null) as EndpointsRoute['method'], focus: null })}>
                <option value="">Any</option>
                {HTTP_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Framework{' '}
              <select value={here.framework ?? ''} onChange={(e) => change({ framework: (e.target.value || null) as EndpointsRoute['framework'], focus: null })}>
                <option value="">Any</option>
                {frameworks.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" checked={here.writes} onChange={(e) => change({ writes: e.target.checked, focus: null })} /> State-changing only
            </label>
            <label>
              Search{' '}
              <input type="search" value={here.text} placeholder="path, handler or guard" onChange={(e) => change({ text: e.target.value, focus: null }, { replace: true })} />
            </label>
            <label>
              Order{' '}
              <select value={here.sort} onChange={(e) => change({ sort: e.target.value as EndpointsRoute['sort'] })}>
                <option value="risk">Open first</option>
                <option value="path">By path</option>
              </select>
            </label>
          </div>
          <p className="muted" role="status" data-testid="endpoints-shown">
            {shown.routed.length + shown.unrouted.length === endpoints.length ? `Showing all ${plural(endpoints.length, 'endpoint')}` : `Showing ${shown.routed.length + shown.unrouted.length} of ${plural(endpoints.length, 'endpoint')}`}
          </p>
          <EndpointTable rows={shown.routed} label="Endpoint inventory" focus={here.focus} source={source} empty={shown.unrouted.length ? 'No routed endpoint matches.' : undefined} />
          {shown.unrouted.length > 0 && (
            <section aria-labelledby="h-unrouted" data-testid="unrouted-views">
              <h2 id="h-unrouted">Views no scanned route reaches ({shown.unrouted.length})</h2>
              <p className="muted">Request handlers recognised by their signature or base class that no route of the scanned code serves: routed by a project outside the scan, or not served at all. Not counted among the routes above.</p>
              <EndpointTable rows={shown.unrouted} label="Unrouted views" focus={here.focus} source={source} />
            </section>
          )}
        </>
      )}
    </>
  );
}

function Changes({ data }: { data: EndpointInventory }) {
  const c = data.changes;
  if (!c) return <p className="muted">This is the project's first scan with an endpoint inventory: there is nothing to compare with yet.</p>;
  const row = (endpoint: Endpoint): EndpointRow => ({ endpoint, findings: [] });
  return (
    <div className="endpoint-changes" data-testid="endpoint-changes">
      <h2>New since scan #{c.fromScanId} ({c.added.length})</h2>
      <EndpointTable rows={c.added.map(row)} label="New endpoints" compact empty="No endpoint is new." />
      <h2>Guards changed ({c.changed.length})</h2>
      {c.changed.length === 0 ? (
        <p className="muted">No endpoint's authentication, guards, authorization, CSRF or throttling changed.</p>
      ) : (
        <table className="data" aria-label="Endpoints whose guards changed">
          <thead>
            <tr>
              <th scope="col">Endpoint</th>
              <th scope="col">Before</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {c.changed.map(({ from, to }, i) => (
              <tr key={i}>
                <td className="path route-path">
                  <span>
                    <PathBreaks text={`${to.methods.join(' ')} ${visibleText(to.path)}`} />
                  </span>
                </td>
                <td>
                  <AuthChip state={from.authentication} /> {visibleText(from.guards.map((g) => g.name).join(', '))}
                </td>
                <td>
                  <AuthChip state={to.authentication} /> {visibleText(to.guards.map((g) => g.name).join(', '))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Removed ({c.removed.length})</h2>
      <EndpointTable rows={c.removed.map(row)} label="Removed endpoints" compact empty="No endpoint was removed." />
    </div>
  );
}
