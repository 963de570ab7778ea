// Dependencies: the latest scan's inventory (declared and locked packages, each at its file:line),
// the dependency findings (known vulnerabilities, near-miss names, unpinned and phantom packages),
// and how fresh the advisory data was. Filters narrow both lists.
import { useMemo, useState, type MouseEvent } from 'react';
import type { DependenciesView, ProjectSummary } from '../../../electron/ipc-contract.js';
import { ADVISORY_MAX_AGE_DAYS, plural } from '../../../domain/index.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { SeverityBadge } from '../components/badges.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { EmptyState, ErrorState, Loading } from '../components/states.js';
import { useLoad } from '../use-load.js';

export function DependenciesPage() {
  return <RequireProject>{(project) => (project.lastScan ? <ProjectDependencies key={project.id} project={project} /> : <NoScanYet project={project} />)}</RequireProject>;
}

function ProjectDependencies({ project }: { project: ProjectSummary }) {
  const load = useLoad(() => call((api) => api.dependencies({ projectId: project.id })), [project.id, project.lastScan?.id]);
  return (
    <div className="page">
      <header className="page-head">
        <h1>Dependencies — {project.name}</h1>
      </header>
      {load.state === 'error' && <ErrorState error={load.error} onRetry={load.reload} />}
      {load.state === 'loading' && !load.data && <Loading what="dependencies" />}
      {load.data && <DependenciesBody view={load.data} />}
    </div>
  );
}

function AdvisoryNote({ data }: { data: DependenciesView['advisoryData'] }) {
  if (!data) return <p className="callout">No advisory data was imported when this project was scanned: versions were not checked for known vulnerabilities. Import advisories in Settings → Advisories, then rescan.</p>;
  const old = (data.ageDays ?? 0) > ADVISORY_MAX_AGE_DAYS;
  return (
    <p className={old ? 'callout' : 'muted'}>
      Matched against {plural(data.count, 'advisory', 'advisories')}, newest modified {data.newestModified?.slice(0, 10) ?? '—'} ({data.ageDays === null ? 'age unknown' : `${plural(data.ageDays, 'day')} before the scan`}){old ? ': too old to earn a pass for the component requirements.' : '.'}
    </p>
  );
}

function DependenciesBody({ view }: { view: DependenciesView }) {
  const { navigate } = useApp();
  const [text, setText] = useState('');
  const [scope, setScope] = useState<'all' | 'direct' | 'transitive'>('all');
  const [group, setGroup] = useState('all');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const groups = useMemo(() => [...new Set(view.dependencies.flatMap((d) => d.groups))].sort(), [view]);
  // The first finding on each manifest line: a flagged package row links to it.
  const flagged = useMemo(() => {
    const m = new Map<string, number>();
    for (const f of view.findings) if (!m.has(`${f.path}:${f.line}`)) m.set(`${f.path}:${f.line}`, f.id);
    return m;
  }, [view]);
  const open = (findingId: number) => (e: MouseEvent) => {
    e.preventDefault();
    navigate('findings', { sel: findingId });
  };
  const needle = text.trim().toLowerCase();
  const rows = view.dependencies.filter(
    (d) =>
      (!needle || d.name.includes(needle) || d.path.toLowerCase().includes(needle)) &&
      (scope === 'all' || (scope === 'direct') === d.direct) &&
      (group === 'all' || d.groups.includes(group)) &&
      (!flaggedOnly || flagged.has(`${d.path}:${d.line}`)),
  );
  const findings = view.findings.filter((f) => !needle || f.message.toLowerCase().includes(needle) || f.path.toLowerCase().includes(needle));
  return (
    <div className="grid">
      <section className="card" aria-labelledby="h-dep-summary">
        <h2 id="h-dep-summary">Inventory</h2>
        <p>
          {plural(view.dependencies.length, 'dependency', 'dependencies')} ({view.dependencies.filter((d) => d.direct).length} direct, {view.dependencies.filter((d) => !d.direct).length} only in lock files) from{' '}
          {view.manifests.map((m) => m.path).join(', ') || 'no manifest'}.
        </p>
        <AdvisoryNote data={view.advisoryData} />
        {view.problems.length > 0 && (
          <ul className="problems" aria-label="Manifest problems">
            {view.problems.map((p, i) => (
              <li key={i}>
                <span className="mono">{p.path}{p.line ? `:${p.line}` : ''}</span> — {p.message}
              </li>
            ))}
          </ul>
        )}
        <div className="filters" role="search">
          <label>
            Filter <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="package or file" />
          </label>
          <label>
            Scope{' '}
            <select value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
              <option value="all">all</option>
              <option value="direct">direct</option>
              <option value="transitive">only in lock files</option>
            </select>
          </label>
          <label>
            Group{' '}
            <select value={group} onChange={(e) => setGroup(e.target.value)}>
              <option value="all">all</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} /> with findings only
          </label>
        </div>
      </section>
      <section className="card" aria-labelledby="h-dep-findings">
        <h2 id="h-dep-findings">Findings ({findings.length})</h2>
        {findings.length === 0 ? (
          <EmptyState title="No dependency findings">No known vulnerability, near-miss name, unpinned or phantom package in the latest scan.</EmptyState>
        ) : (
          <table className="table" aria-label="Dependency findings">
            <thead>
              <tr>
                <th>Severity</th>
                <th>Kind</th>
                <th>Where</th>
                <th>Finding</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f) => (
                <tr key={f.id}>
                  <td>
                    <SeverityBadge severity={f.severity} />
                  </td>
                  <td>{f.kind === 'hotspot' ? 'to review' : 'vulnerability'}</td>
                  <td>
                    <a className="mono" href="#/findings" onClick={open(f.id)} title="Open this finding">
                      {f.path}:{f.line}
                    </a>
                  </td>
                  <td>
                    <strong>{f.title}</strong> <span className="muted mono">{f.ruleId}</span>
                    <br />
                    {f.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card" aria-labelledby="h-dep-list">
        <h2 id="h-dep-list">Packages ({rows.length})</h2>
        <table className="table" aria-label="Dependencies">
          <thead>
            <tr>
              <th>Package</th>
              <th>Specifier</th>
              <th>Version</th>
              <th>Source</th>
              <th>Groups</th>
              <th>Declared at</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={`${d.path}:${d.line}:${d.name}`} className={flagged.has(`${d.path}:${d.line}`) ? 'flagged' : undefined}>
                <td>
                  {d.declaredName}
                  {!d.direct && <span className="muted"> (transitive)</span>}
                </td>
                <td className="mono">{d.specifier || '—'}</td>
                <td className="mono">{d.version ?? 'not pinned'}</td>
                <td>{d.source}</td>
                <td>{d.groups.join(', ') || '—'}</td>
                <td className="mono">
                  {flagged.has(`${d.path}:${d.line}`) ? (
                    <a href="#/findings" onClick={open(flagged.get(`${d.path}:${d.line}`)!)} title="Open its finding">
                      {d.path}:{d.line}
                    </a>
                  ) : (
                    `${d.path}:${d.line}`
                  )}
                  {d.lockedBy && d.lockedBy !== d.path ? <span className="muted"> (locked in {d.lockedBy})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
