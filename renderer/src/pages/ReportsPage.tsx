// Reports: choose scan, ASVS version and level, and format; export; and the exports made so far.
import { useState } from 'react';
import type { AsvsLevel, AsvsVersion, ProjectSummary, ReportExport, ReportFormat } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { LevelPicker } from '../components/level-picker.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { ErrorState, Loading } from '../components/states.js';
import { dateTime } from '../format.js';
import { useLoad } from '../use-load.js';

export function ReportsPage() {
  return <RequireProject>{(project) => (project.lastScan ? <ProjectReports key={project.id} project={project} /> : <NoScanYet project={project} />)}</RequireProject>;
}

function ProjectReports({ project }: { project: ProjectSummary }) {
  const scans = useLoad(() => call((api) => api.listScans({ projectId: project.id })), [project.id]);
  const formats = useLoad(() => call((api) => api.reportFormats()), []);
  const [exportsVersion, setExportsVersion] = useState(0);
  const exportsList = useLoad(() => call((api) => api.listReports({ projectId: project.id })), [project.id, exportsVersion]);
  const [scanId, setScanId] = useState<number | null>(null);
  const [version, setVersion] = useState<AsvsVersion>(project.asvsVersion);
  const [level, setLevel] = useState<AsvsLevel>(project.level);
  const [format, setFormat] = useState<ReportFormat>('html');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [done, setDone] = useState<ReportExport | null>(null);
  const chosenScan = scanId ?? scans.data?.[0]?.id ?? null;
  const chosenFormat = formats.data?.find((f) => f.format === format);

  const exportNow = async () => {
    if (chosenScan === null) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await call((api) => api.exportReport({ projectId: project.id, scanId: chosenScan, asvsVersion: version, level, format })));
      setExportsVersion((v) => v + 1);
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <header className="page-head">
        <h1>Reports — {project.name}</h1>
      </header>
      {(scans.state === 'error' || formats.state === 'error') && <ErrorState error={scans.state === 'error' ? scans.error : (formats as { error: Error }).error} onRetry={() => { scans.reload(); formats.reload(); }} />}
      {(!scans.data || !formats.data) && scans.state !== 'error' && formats.state !== 'error' && <Loading what="scans and formats" />}
      {scans.data && formats.data && (
        <form
          className="card report-form"
          aria-label="Export a report"
          onSubmit={(e) => {
            e.preventDefault();
            void exportNow();
          }}
        >
          <label>
            Scan{' '}
            <select value={chosenScan ?? ''} onChange={(e) => setScanId(Number(e.target.value))}>
              {scans.data.map((s) => (
                <option key={s.id} value={s.id}>
                  #{s.id} · {dateTime(s.startedAt)} · {s.status}
                  {s.commit ? ` · ${s.commit.slice(0, 8)}` : ''}
                </option>
              ))}
            </select>
          </label>
          <LevelPicker
            version={version}
            level={level}
            onChange={(v, l) => {
              setVersion(v);
              setLevel(l);
            }}
          />
          <fieldset className="checks">
            <legend>Format</legend>
            {formats.data.map((f) => (
              <label key={f.format} title={f.reason ?? undefined}>
                <input type="radio" name="format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} disabled={!f.available} />
                {f.label}
                {!f.available && <span className="muted"> (unavailable)</span>}
              </label>
            ))}
          </fieldset>
          {chosenFormat && !chosenFormat.available && <p className="note">{chosenFormat.reason}</p>}
          <button type="submit" disabled={busy || chosenScan === null || !chosenFormat?.available}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
          {error && <ErrorState error={error} />}
          {done && (
            <p className="ok" role="status">
              Exported {done.fileName} ({Math.round(done.bytes / 1024)} KB).
            </p>
          )}
        </form>
      )}
      <section className="card" aria-labelledby="h-exports">
        <h2 id="h-exports">Past exports</h2>
        {exportsList.state === 'error' && <ErrorState error={exportsList.error} onRetry={exportsList.reload} />}
        {exportsList.data && exportsList.data.length === 0 && <p className="muted">Nothing exported yet.</p>}
        {exportsList.data && exportsList.data.length > 0 && (
          <table className="data" data-testid="exports">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Format</th>
                <th scope="col">Scan</th>
                <th scope="col">ASVS</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {exportsList.data.map((x) => (
                <tr key={x.id}>
                  <td className="path">{x.fileName}</td>
                  <td>{x.format}</td>
                  <td>#{x.scanId}</td>
                  <td>
                    {x.asvsVersion} L{x.level}
                  </td>
                  <td>{dateTime(x.createdAt)}</td>
                  <td>
                    <button type="button" className="link" onClick={() => void call((api) => api.revealReport({ exportId: x.id }))}>
                      Show in folder
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
