// ASVS explorer: chapters → sections → requirements with their status, and one requirement in
// full with its mapped rules, linked findings and attestations. The chosen requirement, chapter,
// status filter and version/level live in the URL (#/asvs?req=V1.2.4), so back/forward and links
// from a finding or the dashboard land on it.
import { useMemo, useState } from 'react';
import type { AsvsLevel, AsvsTree, AsvsVersion, RequirementStatus, ProjectSummary, RequirementDetail } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { AttestationForm } from '../components/attestation-form.js';
import { EndpointEvidence } from '../components/endpoint-evidence.js';
import { SeverityBadge, StatusChip } from '../components/badges.js';
import { LevelPicker } from '../components/level-picker.js';
import { RequireProject } from '../components/require-project.js';
import { ErrorState, Loading } from '../components/states.js';
import { dateTime, STATUS_LABELS, STATUS_ORDER } from '../format.js';
import { useLoad } from '../use-load.js';
import { go, routeHref, useRoute } from '../route.js';
import { ASVS_VERSIONS, visibleText } from '../../../domain/index.js';

export function AsvsPage() {
  return <RequireProject>{(project) => <Explorer key={project.id} project={project} />}</RequireProject>;
}

function Explorer({ project }: { project: ProjectSummary }) {
  const { refreshProjects } = useApp();
  const route = useRoute();
  const q = route.params;
  const version: AsvsVersion = (ASVS_VERSIONS as readonly string[]).includes(q.get('v') ?? '') ? (q.get('v') as AsvsVersion) : project.asvsVersion;
  const level: AsvsLevel = ['1', '2', '3'].includes(q.get('l') ?? '') ? (Number(q.get('l')) as AsvsLevel) : project.level;
  const only: RequirementStatus | 'all' = (STATUS_ORDER as readonly string[]).includes(q.get('show') ?? '') ? (q.get('show') as RequirementStatus) : 'all';
  const reqParam = q.get('req');
  const selected = reqParam && /^V\d{1,2}(\.\d{1,2}){1,2}$/.test(reqParam) ? reqParam : null;
  const chapterParam = q.get('chapter');
  const chapter = chapterParam && /^V\d{1,2}$/.test(chapterParam) ? chapterParam : null;
  const state = { v: version === project.asvsVersion ? undefined : version, l: level === project.level ? undefined : level, show: only === 'all' ? undefined : only, req: selected ?? undefined, chapter: chapter ?? undefined };
  const change = (next: Partial<typeof state>) => go('asvs', { ...state, ...next });
  const setOnly = (s: RequirementStatus | 'all') => change({ show: s === 'all' ? undefined : s });
  const setSelected = (id: string | null) => change({ req: id ?? undefined });
  const [changed, setChanged] = useState(0);
  const tree = useLoad(() => call((api) => api.asvsTree({ projectId: project.id, asvsVersion: version, level })), [project.id, version, level, changed, project.lastScan?.id]);
  return (
    <div className="page">
      <header className="page-head">
        <h1>ASVS explorer — {project.name}</h1>
        <LevelPicker
          version={version}
          level={level}
          onChange={(v, l) => change({ v: v === project.asvsVersion ? undefined : v, l: l === project.level ? undefined : l, req: undefined })}
        />
        <label>
          Show{' '}
          <select value={only} onChange={(e) => setOnly(e.target.value as RequirementStatus | 'all')}>
            <option value="all">All statuses</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {tree.data && tree.data.counts.not_applicable_suggested > 0 && (
          <ConfirmSuggested projectId={project.id} version={version} ids={[]} label={`Confirm all ${tree.data.counts.not_applicable_suggested} suggested N/A`} onDone={() => setChanged((c) => c + 1)} />
        )}
      </header>
      {tree.state === 'error' && <ErrorState error={tree.error} onRetry={tree.reload} />}
      {tree.state === 'loading' && !tree.data && <Loading what="the ASVS catalogue" />}
      {tree.data && (
        <div className="explorer">
          <Tree tree={tree.data} only={only} selected={selected} chapter={chapter ?? selected?.split('.')[0] ?? null} onSelect={setSelected} />
          {selected ? (
            <RequirementPane
              key={`${version}-${selected}`}
              projectId={project.id}
              version={version}
              requirementId={selected}
              onAttested={() => {
                setChanged((c) => c + 1);
                void refreshProjects();
              }}
            />
          ) : (
            <div className="detail-pane state state-empty">Choose a requirement to see its status, evidence and findings.</div>
          )}
        </div>
      )}
    </div>
  );
}

function Tree({ tree, only, selected, chapter, onSelect }: { tree: AsvsTree; only: RequirementStatus | 'all'; selected: string | null; chapter: string | null; onSelect: (id: string) => void }) {
  const chapters = useMemo(
    () =>
      tree.chapters
        .map((c) => ({ ...c, sections: c.sections.map((s) => ({ ...s, requirements: s.requirements.filter((r) => only === 'all' || r.status === only) })).filter((s) => s.requirements.length > 0) }))
        .filter((c) => c.sections.length > 0),
    [tree, only],
  );
  if (chapters.length === 0) return <div className="tree state state-empty">No requirement has this status at Level {tree.level}.</div>;
  return (
    <nav className="tree" aria-label="ASVS requirements">
      {chapters.map((c) => (
        <details key={c.id} open={chapters.length === 1 || c.counts.failing > 0 || c.id === chapter} data-chapter={c.id}>
          <summary>
            <span className="tree-chapter">
              {c.id} {c.name}
            </span>
            <span className="tree-counts">
              {c.counts.failing > 0 && <span className="chip status-failing">{c.counts.failing} failing</span>}
            </span>
          </summary>
          {c.sections.map((s) => (
            <div key={s.id} className="tree-section">
              <div className="tree-section-name">
                {s.id} {s.name}
              </div>
              <ul>
                {s.requirements.map((r) => (
                  <li key={r.id}>
                    <button type="button" className={`req${selected === r.id ? ' selected' : ''}`} aria-current={selected === r.id ? 'true' : undefined} onClick={() => onSelect(r.id)}>
                      <span className="req-id">{r.id}</span>
                      <span className="req-summary">{r.summary}</span>
                      <StatusChip status={r.status} />
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      ))}
    </nav>
  );
}

function RequirementPane({ projectId, version, requirementId, onAttested }: { projectId: number; version: AsvsVersion; requirementId: string; onAttested: () => void }) {
  const [fresh, setFresh] = useState<RequirementDetail | null>(null);
  const load = useLoad(() => call((api) => api.asvsRequirement({ projectId, asvsVersion: version, requirementId })), [projectId, version, requirementId]);
  const r = fresh ?? load.data;
  return (
    <section className="detail-pane" aria-label={`Requirement ${requirementId}`} data-testid="requirement-detail">
      {load.state === 'error' && <ErrorState error={load.error} onRetry={load.reload} />}
      {!r && load.state === 'loading' && <Loading what="the requirement" />}
      {r && (
        <div className="detail">
          <h2>
            {r.id} <StatusChip status={r.status} />
          </h2>
          <p className="muted">
            {r.chapter} › {r.section} · Level {r.level} · {r.automatable === 'automatable' ? 'checkable by static analysis' : r.automatable === 'partial' ? 'partly checkable by static analysis' : 'needs a person to verify'}
          </p>
          <p>{r.summary}</p>
          {r.officialText ? (
            <blockquote className="official">
              <div className="muted">Official OWASP text (CC BY-SA 4.0)</div>
              {r.officialText}
            </blockquote>
          ) : (
            <p className="muted">Import the official ASVS JSON in Settings to read the full requirement text here.</p>
          )}
          <p className="note" data-testid="status-reason">{r.statusReason}</p>
          {r.conflict && (
            <p className="error-message" data-testid="conflict">
              Conflict: attested as passing by {r.conflict.by} over {r.conflict.openFindings} open finding{r.conflict.openFindings === 1 ? '' : 's'} — override: {r.conflict.override}
            </p>
          )}
          {r.status === 'not_applicable_suggested' && (
            <ConfirmSuggested projectId={projectId} version={version} ids={[r.id]} label="Confirm as not applicable" onDone={() => { setFresh(null); load.reload(); onAttested(); }} />
          )}
          <p className="muted">{r.automatableReason}</p>
          <h3>Mapped rules</h3>
          {r.mappedRules.length === 0 ? <p className="muted">No rule checks this requirement.</p> : <ul>{r.mappedRules.map((m) => <li key={m.id}>{m.id} — {m.title}</li>)}</ul>}
          {r.loggingEvidence && <LoggingEvidence evidence={r.loggingEvidence} />}
          {r.endpointEvidence && <EndpointEvidence evidence={r.endpointEvidence} />}
          <h3>Linked findings</h3>
          {r.findings.length === 0 ? (
            <p className="muted">No open finding is linked to this requirement.</p>
          ) : (
            <>
              <ul className="linked-findings">
                {r.findings.slice(0, 20).map((f) => (
                  <li key={f.id}>
                    <a href={routeHref(f.review !== null && f.review !== 'needs_fix' ? 'review' : 'findings', { asvs: r.id, sel: f.id })} data-finding={f.id}>
                      <SeverityBadge severity={f.severity} /> {f.ruleId} <span className="path">{`${visibleText(f.path)}:${f.line}`}</span>
                    </a>
                  </li>
                ))}
              </ul>
              <a href={routeHref('findings', { asvs: r.id })}>Show all {r.findings.length} in Findings</a>
            </>
          )}
          <h3>Attest</h3>
          <AttestationForm
            projectId={projectId}
            version={version}
            requirementId={r.id}
            onSaved={(next) => {
              setFresh(next);
              onAttested();
            }}
          />
          <h3>Attestation history</h3>
          {r.attestations.length === 0 ? (
            <p className="muted">Nobody has attested this requirement.</p>
          ) : (
            <ol className="history" data-testid="attestation-history">
              {r.attestations.map((a) => (
                <li key={a.id} className={a.expired ? 'expired' : undefined}>
                  <strong>{a.status}</strong> by {a.by}, {dateTime(a.at)}
                  {a.expiresAt ? ` · expires ${a.expiresAt.slice(0, 10)}` : ''}
                  {a.expired ? ' (expired)' : ''}
                  <div className="pre-line">{a.evidence}</div>
                  {a.links.length > 0 && <div className="path">{a.links.join(' ')}</div>}
                  {a.overrideReason && <div className="error-message">Over {a.overriddenFindings} open finding{a.overriddenFindings === 1 ? '' : 's'}: {a.overrideReason}</div>}
                  {a.files.length > 0 && (
                    <div className="path">
                      Evidence files:{' '}
                      {a.files.map((f) => (
                        <button key={f.sha256 + f.name} type="button" className="link" title={`sha256 ${f.sha256}`} onClick={() => void call((api) => api.saveEvidence({ projectId, sha256: f.sha256, name: f.name }))}>
                          {f.name} ({f.size} bytes)
                        </button>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}

/** Turns suggested N/As (evidence of absence) into attested ones in one step: one requirement, or all of them. */
function ConfirmSuggested({ projectId, version, ids, label, onDone }: { projectId: number; version: AsvsVersion; ids: string[]; label: string; onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <span>
      <button
        type="button"
        disabled={saving}
        onClick={() => {
          setSaving(true);
          setError(null);
          call((api) => api.confirmSuggested({ projectId, asvsVersion: version, requirementIds: ids }))
            .then(() => onDone())
            .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
            .finally(() => setSaving(false));
        }}
      >
        {saving ? 'Confirming…' : label}
      </button>
      {error && <span className="error-message" role="alert">{error}</span>}
    </span>
  );
}

/** Where the latest scan saw the application log what this logging requirement asks for. */
function LoggingEvidence({ evidence }: { evidence: NonNullable<RequirementDetail['loggingEvidence']> }) {
  return (
    <section aria-label="Security logging evidence" data-testid="logging-evidence">
      <h3>Security logging evidence</h3>
      {evidence.places.length === 0 ? (
        <p className="muted">{evidence.scanId === null ? 'No scan yet.' : `Scan #${evidence.scanId} found no place that logs these events.`}</p>
      ) : (
        <>
          <p className="muted">
            Scan #{evidence.scanId} found {evidence.places.length === 1 ? 'one place' : `${evidence.places.length} places`} that log these events. Evidence for a reviewer, not a pass: what is logged, and where it goes, still needs checking.
          </p>
          <table className="data logging-evidence">
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Where</th>
                <th scope="col">In</th>
                <th scope="col">Logging call</th>
              </tr>
            </thead>
            <tbody>
              {evidence.places.map((p, i) => (
                <tr key={i}>
                  <td>{p.label}</td>
                  <td className="path">{`${visibleText(p.path)}:${p.line}`}</td>
                  <td className="mono">{visibleText(p.handler)}</td>
                  <td className="mono">{visibleText(p.call)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
