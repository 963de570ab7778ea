// Trends: remediation over time — burndown, new vs fixed, mean time to remediate, ageing, SLA breaches.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProjectSummary, Trends } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { SeverityBadge } from '../components/badges.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { EmptyState, ErrorState, Loading } from '../components/states.js';
import { SEVERITY_COLORS, SEVERITY_ORDER, shortDate } from '../format.js';
import { useLoad } from '../use-load.js';

const AXIS = { stroke: 'var(--muted)', fontSize: 12 };
const TOOLTIP = { background: 'var(--panel)', border: '1px solid var(--border)' };

export function TrendsPage() {
  return <RequireProject>{(project) => (project.lastScan ? <ProjectTrends key={project.id} project={project} /> : <NoScanYet project={project} />)}</RequireProject>;
}

function ProjectTrends({ project }: { project: ProjectSummary }) {
  const load = useLoad(() => call((api) => api.trends({ projectId: project.id })), [project.id, project.lastScan?.id]);
  return (
    <div className="page">
      <header className="page-head">
        <h1>Trends — {project.name}</h1>
      </header>
      {load.state === 'error' && <ErrorState error={load.error} onRetry={load.reload} />}
      {load.state === 'loading' && !load.data && <Loading what="trends" />}
      {load.data && <TrendsBody trends={load.data} />}
    </div>
  );
}

function TrendsBody({ trends }: { trends: Trends }) {
  const burndown = trends.burndown.map((b) => ({ name: `#${b.scanId} ${shortDate(b.at)}`, open: b.open, review: b.hotspotsOpen, new: b.newCount, fixed: b.fixedCount }));
  const ageing = trends.ageing.map((a) => ({ name: a.bucket, ...a.counts }));
  return (
    <div className="grid grid-2">
      <section className="card" aria-labelledby="h-burndown">
        <h2 id="h-burndown">Burndown: open vulnerabilities and hotspots to review per scan</h2>
        {burndown.length < 2 && <p className="muted">One scan so far: the line grows with every rescan.</p>}
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={burndown}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" />
            <XAxis dataKey="name" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip contentStyle={TOOLTIP} />
            <Legend itemSorter={null} />
            <Line dataKey="open" name="Open vulnerabilities" stroke="#d1452f" isAnimationActive={false} />
            <Line dataKey="review" name="Hotspots to review" stroke="#c98a00" strokeDasharray="5 3" isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </section>
      <section className="card" aria-labelledby="h-newfixed">
        <h2 id="h-newfixed">New and fixed per scan</h2>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={burndown}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
            <XAxis dataKey="name" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip contentStyle={TOOLTIP} />
            <Legend itemSorter={null} />
            <Bar dataKey="new" name="New" fill="#d1452f" isAnimationActive={false} />
            <Bar dataKey="fixed" name="Fixed" fill="#2e8b57" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </section>
      <section className="card" aria-labelledby="h-mttr">
        <h2 id="h-mttr">Mean time to remediate</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Mean days to fix</th>
              <th scope="col">SLA (days)</th>
            </tr>
          </thead>
          <tbody>
            {SEVERITY_ORDER.map((s) => (
              <tr key={s}>
                <th scope="row">
                  <SeverityBadge severity={s} />
                </th>
                <td data-testid={`mttr-${s}`}>{trends.mttrDays[s] === null ? 'nothing fixed yet' : trends.mttrDays[s]!.toFixed(1)}</td>
                <td>{trends.slaDays[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="h-ageing">
        <h2 id="h-ageing">Ageing of open findings</h2>
        <ResponsiveContainer width="100%" height={240}>
          <BarChart data={ageing}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--grid)" vertical={false} />
            <XAxis dataKey="name" tick={AXIS} />
            <YAxis allowDecimals={false} tick={AXIS} />
            <Tooltip contentStyle={TOOLTIP} />
            <Legend itemSorter={null} />
            {SEVERITY_ORDER.map((s) => (
              <Bar key={s} dataKey={s} stackId="sev" fill={SEVERITY_COLORS[s]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </section>
      <section className="card span-2" aria-labelledby="h-sla">
        <h2 id="h-sla">SLA breaches ({trends.slaBreaches.length})</h2>
        {trends.slaBreaches.length === 0 ? (
          <EmptyState title="No open finding is past its SLA." />
        ) : (
          <div className="scroll-table">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Severity</th>
                  <th scope="col">Rule</th>
                  <th scope="col">Location</th>
                  <th scope="col">Age (days)</th>
                  <th scope="col">SLA (days)</th>
                </tr>
              </thead>
              <tbody>
                {trends.slaBreaches.slice(0, 500).map((b) => (
                  <tr key={b.findingId}>
                    <td>
                      <SeverityBadge severity={b.severity} />
                    </td>
                    <td>{b.ruleId}</td>
                    <td className="path">{b.path}</td>
                    <td>{b.ageDays}</td>
                    <td>{b.slaDays}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
