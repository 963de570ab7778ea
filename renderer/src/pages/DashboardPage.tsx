// Dashboard: how far one project is from its target ASVS level, what is open, and the trend.
import { cweLabel, plural } from '../../../domain/index.js';
import { useState } from 'react';
import type { AsvsLevel, AsvsVersion, Dashboard, ProjectSummary } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { go, routeHref } from '../route.js';
import { ChapterBars, ComplianceGauge, ComplianceTrend, NewFixedBars, OpenBySeverityTrend, SeverityBars } from '../components/charts.js';
import { LevelPicker } from '../components/level-picker.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { ErrorState, Loading } from '../components/states.js';
import { dateTime, percent, SEVERITY_ORDER, STATUS_COLORS, STATUS_LABELS, STATUS_ORDER, sum } from '../format.js';
import { StatusChip } from '../components/badges.js';
import { useLoad } from '../use-load.js';
import { EndpointCard } from '../components/endpoint-card.js';

export function DashboardPage() {
  return <RequireProject>{(project) => <ProjectDashboard key={project.id} project={project} />}</RequireProject>;
}

function ProjectDashboard({ project }: { project: ProjectSummary }) {
  const [version, setVersion] = useState<AsvsVersion>(project.asvsVersion);
  const [level, setLevel] = useState<AsvsLevel>(project.level);
  const load = useLoad(() => call((api) => api.dashboard({ projectId: project.id, asvsVersion: version, level })), [project.id, version, level, project.lastScan?.id]);

  return (
    <div className="page">
      <header className="page-head">
        <h1>Dashboard — {project.name}</h1>
        <LevelPicker
          version={version}
          level={level}
          onChange={(v, l) => {
            setVersion(v);
            setLevel(l);
          }}
        />
      </header>
      {load.state === 'error' && <ErrorState error={load.error} onRetry={load.reload} />}
      {load.state === 'loading' && !load.data && <Loading what="the dashboard" />}
      {load.data && (load.data.scan ? <DashboardBody data={load.data} /> : <NoScanYet project={project} />)}
    </div>
  );
}

function DashboardBody({ data }: { data: Dashboard }) {
  const open = sum(Object.values(data.openBySeverity));
  const c = data.compliance;
  const manual = data.automatable.manual;
  return (
    <div className="dashboard" data-testid="dashboard">
      <p className="muted">
        Scan #{data.scan!.id} of {dateTime(data.scan!.startedAt)}
        {data.scan!.commit ? ` · commit ${data.scan!.commit.slice(0, 10)}` : ''}
        {data.scan!.branch ? ` on ${data.scan!.branch}` : ''}
        {data.scan!.dirty ? ' (uncommitted changes)' : ''} · {plural(data.scan!.filesScanned, 'file')} scanned, {data.scan!.filesSkipped} skipped
      </p>
      <div className="grid grid-3">
        <section className="card" aria-labelledby="h-compliance">
          <h2 id="h-compliance">
            ASVS {data.asvsVersion} Level {data.level} compliance
          </h2>
          <ComplianceGauge ratio={c.ratio} label="Compliance" />
          <table className="mini" aria-label="Requirement status counts">
            <tbody>
              {STATUS_ORDER.map((s) => (
                <tr key={s}>
                  <th scope="row">
                    <span className="swatch" style={{ background: STATUS_COLORS[s] }} aria-hidden="true" /> <StatusChip status={s} />
                  </th>
                  <td data-testid={`count-${s}`}>{c.counts[s]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Requirements in scope</th>
                <td data-testid="count-total">{c.total}</td>
              </tr>
            </tbody>
          </table>
          <p className="note">
            “Not verified” is not a pass: {manual} of these requirements need a person to check them (static analysis cannot), and{' '}
            {data.automatable.partial} can only partly be checked. Attest them in the ASVS explorer.
          </p>
        </section>
        <section className="card" aria-labelledby="h-open">
          <h2 id="h-open">Open findings by severity</h2>
          <SeverityBars counts={data.openBySeverity} onPick={(s) => go('findings', { sev: s })} />
          <table className="mini" aria-label="Open findings by severity">
            <tbody>
              {SEVERITY_ORDER.map((s) => (
                <tr key={s}>
                  <th scope="row">
                    <a href={routeHref('findings', { sev: s })}>{s}</a>
                  </th>
                  <td data-testid={`open-${s}`}>{data.openBySeverity[s]}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">Total open</th>
                <td data-testid="open-total">{open}</td>
              </tr>
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="h-cwe">
          <h2 id="h-cwe">Top CWEs</h2>
          {data.topCwes.length === 0 ? (
            <p className="muted">No open findings.</p>
          ) : (
            <ol className="cwe-list">
              {data.topCwes.map((t) => (
                <li key={t.cwe}>
                  <a href={routeHref('findings', { cwe: t.cwe })} title={`Open findings with CWE-${t.cwe}`}>
                    {cweLabel(t.cwe)}
                  </a>
                  <span className="bar" aria-hidden="true">
                    <span className="bar-fill" style={{ width: `${(t.count / data.topCwes[0]!.count) * 100}%` }} />
                  </span>
                  <span className="num">{t.count}</span>
                </li>
              ))}
            </ol>
          )}
          <button type="button" className="link" onClick={() => go('findings')}>
            See all findings
          </button>
        </section>
        <EndpointCard projectId={data.project.id} scanId={data.scan!.id} />
      </div>
      <section className="card" aria-labelledby="h-chapters">
        <h2 id="h-chapters">Compliance by chapter (Level {data.level})</h2>
        <ChapterBars chapters={data.chapters} onPick={(chapter) => go('asvs', { chapter })} />
        <details>
          <summary>Table of chapter figures</summary>
          <table className="data" aria-label="Chapter coverage">
            <thead>
              <tr>
                <th scope="col">Chapter</th>
                {STATUS_ORDER.map((s) => (
                  <th scope="col" key={s}>
                    {STATUS_LABELS[s]}
                  </th>
                ))}
                <th scope="col">Compliance</th>
              </tr>
            </thead>
            <tbody>
              {data.chapters.map((ch) => (
                <tr key={ch.id}>
                  <th scope="row">
                    <a href={routeHref('asvs', { chapter: ch.id })}>
                      {ch.id} {ch.name}
                    </a>
                  </th>
                  {STATUS_ORDER.map((s) => (
                    <td key={s}>{ch.counts[s]}</td>
                  ))}
                  <td>{percent(ch.compliance)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <div className="grid grid-3">
        <section className="card" aria-labelledby="h-trend-open">
          <h2 id="h-trend-open">Open findings per scan</h2>
          <OpenBySeverityTrend history={data.history} />
        </section>
        <section className="card" aria-labelledby="h-trend-compliance">
          <h2 id="h-trend-compliance">Compliance per scan</h2>
          <ComplianceTrend history={data.history} />
        </section>
        <section className="card" aria-labelledby="h-trend-new">
          <h2 id="h-trend-new">New vs fixed per scan</h2>
          <NewFixedBars history={data.history} />
        </section>
      </div>
    </div>
  );
}
