// Projects: every repository with its last scan, compliance at its target level and open findings;
// add one (folder dialog in main), change its target, scan it with progress and cancel.
import { plural } from '../../../domain/index.js';
import { LastScanChange } from '../components/last-scan-change.js';
import { useCallback, useState } from 'react';
import type { AsvsLevel, AsvsVersion, ProjectSummary, ScanJob } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { SeverityBadge } from '../components/badges.js';
import { ScanProgress } from '../components/scan-progress.js';
import { EmptyState, ErrorState, Loading } from '../components/states.js';
import { dateTime, percent, SEVERITY_ORDER } from '../format.js';

export function ProjectsPage() {
  const { projects, settings, refreshProjects } = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [jobs, setJobs] = useState<Record<number, ScanJob>>({});

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      await refreshProjects();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const version = settings?.defaultAsvsVersion ?? '5.0.0';
  const level = settings?.defaultLevel ?? 2;

  const onFinished = useCallback(
    (job: ScanJob) => {
      void refreshProjects();
      setJobs((all) => ({ ...all, [job.projectId]: job }));
    },
    [refreshProjects],
  );

  const startScan = (projectId: number) =>
    run(async () => {
      const job = await call((api) => api.startScan({ projectId }));
      setJobs((all) => ({ ...all, [projectId]: job }));
    });

  return (
    <div className="page">
      <header className="page-head">
        <h1>Projects</h1>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void run(() => call((api) => api.addProjectFolder({ asvsVersion: version, level })))}>
            Add repository…
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void run(() => call((api) => api.addDemoProject()))}>
            Add demo project
          </button>
        </div>
      </header>
      {error && <ErrorState error={error} />}
      {projects === null ? (
        <Loading what="projects" />
      ) : projects.length === 0 ? (
        <EmptyState title="Welcome to Assay">
          <p>Point Assay at a Python web application (Django, DRF, Flask, FastAPI) to measure it against OWASP ASVS.</p>
          <p>New here? The bundled demo shop has planted vulnerabilities, so every chart has something to show.</p>
          <button type="button" disabled={busy} onClick={() => void run(() => call((api) => api.addDemoProject()))}>
            Open the demo project
          </button>
        </EmptyState>
      ) : (
        <div className="project-list">
          {projects.map((p) => (
            <ProjectCard key={p.id} project={p} job={jobs[p.id] ?? null} busy={busy} onScan={() => void startScan(p.id)} onFinished={onFinished} onChange={run} />
          ))}
        </div>
      )}
    </div>
  );
}

function ProjectCard(props: {
  project: ProjectSummary;
  job: ScanJob | null;
  busy: boolean;
  onScan: () => void;
  onFinished: (job: ScanJob) => void;
  onChange: (action: () => Promise<unknown>) => Promise<void>;
}) {
  const { project: p, job } = props;
  const { navigate, selectProject } = useApp();
  const running = job?.state === 'running';
  const update = (change: { asvsVersion?: AsvsVersion; level?: AsvsLevel }) =>
    void props.onChange(() => call((api) => api.updateProject({ projectId: p.id, ...change })));
  const open = () => {
    selectProject(p.id);
    navigate('dashboard');
  };
  return (
    <article className="card project-card" aria-labelledby={`project-${p.id}`}>
      <div className="project-card-head">
        <h2 id={`project-${p.id}`}>{p.name}</h2>
        <span className="muted path" title={p.root}>
          {p.root}
        </span>
      </div>
      <dl className="facts">
        <div>
          <dt>Last scan</dt>
          <dd>{p.lastScan ? `${dateTime(p.lastScan.startedAt)} (${p.lastScan.status})` : 'Never'}</dd>
        </div>
        <div>
          <dt>Compliance at L{p.level}</dt>
          <dd className="big" data-testid={`compliance-${p.id}`}>
            {percent(p.compliance)}
          </dd>
        </div>
        <div>
          <dt>Open findings</dt>
          <dd className="severity-row">
            {SEVERITY_ORDER.map((s) => (
              <span key={s} className="sev-count">
                <SeverityBadge severity={s} /> {p.openBySeverity[s]}
              </span>
            ))}
          </dd>
        </div>
        <LastScanChange project={p} />
      </dl>
      <div className="project-card-controls">
        <label>
          ASVS version{' '}
          <select value={p.asvsVersion} onChange={(e) => update({ asvsVersion: e.target.value as AsvsVersion })}>
            <option value="5.0.0">5.0.0</option>
            <option value="4.0.3">4.0.3</option>
          </select>
        </label>
        <label>
          Target level{' '}
          <select value={p.level} onChange={(e) => update({ level: Number(e.target.value) as AsvsLevel })}>
            <option value={1}>Level 1</option>
            <option value={2}>Level 2</option>
            <option value={3}>Level 3</option>
          </select>
        </label>
        <div className="actions">
          <button type="button" disabled={running || props.busy} onClick={props.onScan}>
            {p.lastScan ? 'Rescan' : 'Scan'}
          </button>
          <button type="button" className="secondary" onClick={open} disabled={!p.lastScan}>
            Open dashboard
          </button>
          <button
            type="button"
            className="secondary danger"
            disabled={running}
            onClick={() => {
              if (window.confirm(`Remove ${p.name} and its whole history from Assay? The repository itself is not touched.`)) {
                void props.onChange(() => call((api) => api.removeProject({ projectId: p.id })));
              }
            }}
          >
            Remove
          </button>
        </div>
      </div>
      {job && <ScanProgress key={job.jobId} job={job} onFinished={props.onFinished} />}
      {job && job.state === 'done' && (
        <p className="ok" role="status">
          Scan finished: {plural(job.findings ?? 0, 'finding')} recorded.
        </p>
      )}
    </article>
  );
}
