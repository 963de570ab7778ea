// Compare: any two scans of the project side by side — new, fixed, still open, changed, and
// compliance per chapter then vs now. The chosen scans live in the URL (#/compare?from=1&to=3).
import { useEffect, useState } from 'react';
import type { ComparedFinding, ProjectSummary, ScanComparison, ScanSummary } from '../../../electron/ipc-contract.js';
import { plural } from '../../../domain/index.js';
import { call } from '../api.js';
import { SeverityBadge } from '../components/badges.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { EmptyState, ErrorState, Loading } from '../components/states.js';
import { dateTime, percent } from '../format.js';
import { useLoad } from '../use-load.js';

export function ComparePage() {
  return <RequireProject>{(project) => (project.lastScan ? <ProjectCompare key={project.id} project={project} /> : <NoScanYet project={project} />)}</RequireProject>;
}

function idsFromHash(): { from: number | null; to: number | null } {
  const query = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const id = (k: string) => (/^\d+$/.test(query.get(k) ?? '') ? Number(query.get(k)) : null);
  return { from: id('from'), to: id('to') };
}

function scanLabel(s: { id: number; startedAt: string; status: string }): string {
  return `#${s.id} · ${dateTime(s.startedAt)}${s.status === 'complete' ? '' : ` (${s.status})`}`;
}

function ProjectCompare({ project }: { project: ProjectSummary }) {
  const scans = useLoad(() => call((api) => api.listScans({ projectId: project.id })), [project.id, project.lastScan?.id]);
  const [ids, setIds] = useState(idsFromHash);
  useEffect(() => {
    const onHash = () => setIds(idsFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const choose = (next: { from: number | null; to: number | null }) => {
    const q = new URLSearchParams();
    if (next.from !== null) q.set('from', String(next.from));
    if (next.to !== null) q.set('to', String(next.to));
    window.location.hash = `#/compare?${q.toString()}`;
    setIds(next);
  };
  const list: ScanSummary[] = scans.data ?? [];
  if (scans.state === 'error') return <ErrorState error={scans.error} onRetry={scans.reload} />;
  if (!scans.data) return <Loading what="scans" />;
  if (list.length < 2) {
    return (
      <div className="page">
        <header className="page-head">
          <h1>Compare scans — {project.name}</h1>
        </header>
        <EmptyState title="One scan so far">
          <p>Rescan the project after a change to compare two scans.</p>
        </EmptyState>
      </div>
    );
  }
  const newest = list[list.length - 1]!.id;
  const to = ids.to ?? newest;
  const from = ids.from ?? [...list].reverse().find((s) => s.id < to)?.id ?? list[0]!.id;
  return (
    <div className="page compare-page">
      <header className="page-head">
        <h1>Compare scans — {project.name}</h1>
      </header>
      <div className="filters compare-pickers">
        <label>
          From{' '}
          <select aria-label="From scan" value={from} onChange={(e) => choose({ from: Number(e.target.value), to })}>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {scanLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          To{' '}
          <select aria-label="To scan" value={to} onChange={(e) => choose({ from, to: Number(e.target.value) })}>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {scanLabel(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {from === to ? <p className="muted">Pick two different scans.</p> : <Comparison projectId={project.id} from={from} to={to} />}
    </div>
  );
}

function Comparison({ projectId, from, to }: { projectId: number; from: number; to: number }) {
  const load = useLoad(() => call((api) => api.compareScans({ projectId, fromScanId: from, toScanId: to })), [projectId, from, to]);
  if (load.state === 'error') return <ErrorState error={load.error} onRetry={load.reload} />;
  if (load.state === 'loading' || !load.data) return <Loading what="the comparison" />;
  const d = load.data;
  return (
    <>
      <p role="status" data-testid="compare-summary">
        Scan {scanLabel(d.from)} → scan {scanLabel(d.to)}: {d.counts.new} new, {d.counts.fixed} fixed, {d.counts.stillOpen} still open, {d.counts.changed} changed.
      </p>
      {d.warning && <p className="callout">{d.warning}</p>}
      <div className="grid grid-2">
        <FindingList id="new" title="New" items={d.new} total={d.counts.new} />
        <FindingList id="fixed" title="Fixed" items={d.fixed} total={d.counts.fixed} />
        <Changed d={d} />
        <ComplianceTable d={d} />
        <FindingList id="still-open" title="Still open" items={d.stillOpen} total={d.counts.stillOpen} />
      </div>
    </>
  );
}

function FindingList({ id, title, items, total }: { id: string; title: string; items: readonly ComparedFinding[]; total: number }) {
  return (
    <section className="card" aria-labelledby={`h-cmp-${id}`} data-testid={`compare-${id}`}>
      <h2 id={`h-cmp-${id}`}>
        {title} ({plural(total, 'finding')})
      </h2>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="mini compare-table">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Rule</th>
              <th scope="col">Location</th>
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr key={f.findingId}>
                <td>
                  <SeverityBadge severity={f.severity} />
                </td>
                <td title={f.title}>{f.ruleId}</td>
                <td className="mono location">
                  {f.path}:{f.line}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > items.length && <p className="muted">Showing {items.length} of {total}; `assay diff` lists every one.</p>}
    </section>
  );
}

function Changed({ d }: { d: ScanComparison }) {
  const arrow = (a: string | null, b: string | null) => (a === b ? (b ?? '?') : `${a ?? '?'} → ${b ?? '?'}`);
  return (
    <section className="card" aria-labelledby="h-cmp-changed" data-testid="compare-changed">
      <h2 id="h-cmp-changed">Changed severity or status ({plural(d.counts.changed, 'finding')})</h2>
      {d.changed.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <table className="mini compare-table">
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Location</th>
              <th scope="col">Severity</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {d.changed.map((c) => (
              <tr key={c.findingId}>
                <td title={c.title}>{c.ruleId}</td>
                <td className="mono location">
                  {c.path}:{c.line}
                </td>
                <td>{arrow(c.from.severity, c.to.severity)}</td>
                <td>{arrow(c.from.status.replace('_', ' '), c.to.status.replace('_', ' '))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function ComplianceTable({ d }: { d: ScanComparison }) {
  const delta = (a: number | null, b: number | null) => (a === null || b === null || a === b ? '' : `${b > a ? '+' : ''}${((b - a) * 100).toFixed(1)} pts`);
  return (
    <section className="card" aria-labelledby="h-cmp-compliance" data-testid="compare-compliance">
      <h2 id="h-cmp-compliance">
        Compliance per chapter (ASVS {d.compliance.version}, level {d.compliance.level})
      </h2>
      <table className="mini">
        <thead>
          <tr>
            <th scope="col">Chapter</th>
            <th scope="col">#{d.from.id}</th>
            <th scope="col">#{d.to.id}</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {d.compliance.chapters.map((c) => (
            <tr key={c.chapter}>
              <td>
                {c.chapter} {c.name}
              </td>
              <td>{c.from === null ? '—' : percent(c.from)}</td>
              <td>{c.to === null ? '—' : percent(c.to)}</td>
              <td>{delta(c.from, c.to)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Total</th>
            <td>{d.compliance.total.from === null ? '—' : percent(d.compliance.total.from)}</td>
            <td>{d.compliance.total.to === null ? '—' : percent(d.compliance.total.to)}</td>
            <td>{delta(d.compliance.total.from, d.compliance.total.to)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
