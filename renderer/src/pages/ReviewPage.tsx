// To review: the hotspots of the project — security-sensitive code whose safety depends on context
// Assay cannot see. Each one says what to check; a reviewer records "safe — why" (evidence for its
// ASVS requirements) or "needs fix" (it becomes a confirmed vulnerability on the Findings page).
import { useState } from 'react';
import type { FindingsFilter, ProjectSummary } from '../../../electron/ipc-contract.js';
import { useApp } from '../app-context.js';
import { FindingDetailPane } from '../components/finding-detail.js';
import { FindingsTable, type Sort } from '../components/findings-table.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { go, useRoute } from '../route.js';

type Show = 'unreviewed' | 'reviewed' | 'all';

const TRIAGE_OF: Record<Show, FindingsFilter['triage']> = {
  unreviewed: ['open'],
  reviewed: ['false_positive'],
  all: ['open', 'false_positive', 'accepted_risk'],
};

export function ReviewPage() {
  return <RequireProject>{(project) => (project.lastScan ? <ReviewQueue key={project.id} project={project} /> : <NoScanYet project={project} />)}</RequireProject>;
}

function ReviewQueue({ project }: { project: ProjectSummary }) {
  const { refreshProjects } = useApp();
  const route = useRoute();
  const showParam = route.params.get('show');
  const show: Show = showParam === 'reviewed' || showParam === 'all' ? showParam : 'unreviewed';
  const selParam = route.params.get('sel');
  const selected = selParam && /^\d{1,15}$/.test(selParam) ? Number(selParam) : null;
  const asvs = route.params.get('asvs') ?? undefined;
  const setShow = (s: Show) => go('review', { show: s === 'unreviewed' ? undefined : s, asvs });
  const setSelected = (id: number | null) => go('review', { show: show === 'unreviewed' ? undefined : show, asvs, sel: id });
  const [sort, setSort] = useState<Sort>({ key: 'severity', dir: 'desc' });
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const filter: FindingsFilter = { kind: 'hotspot', lifecycle: ['new', 'persisting', 'reopened'], triage: TRIAGE_OF[show], ...(asvs && /^V\d{1,2}(\.\d{1,2}){0,2}$/.test(asvs) ? { asvs } : {}) };
  const noun = show === 'unreviewed' ? 'to review' : show === 'reviewed' ? 'reviewed safe' : 'hotspots';

  return (
    <div className="page findings-page review-page">
      <header className="page-head">
        <h1>To review — {project.name}</h1>
        <span className="muted" role="status" data-testid="review-total">
          {total === null ? 'Counting…' : `${total.toLocaleString('en-US')} ${noun}`}
        </span>
      </header>
      <p className="muted">
        Hotspots are security-sensitive code whose safety depends on context Assay cannot see. Each says what to check. They never fail a
        requirement; an unreviewed one leaves it not verified, a hotspot reviewed safe counts as evidence, and one that needs a fix becomes a
        confirmed vulnerability.
      </p>
      <fieldset className="checks inline" aria-label="Show">
        {(['unreviewed', 'reviewed', 'all'] as const).map((s) => (
          <label key={s}>
            <input type="radio" name="review-show" value={s} checked={show === s} onChange={() => setShow(s)} />
            {s === 'unreviewed' ? 'Not reviewed' : s === 'reviewed' ? 'Reviewed safe' : 'All'}
          </label>
        ))}
      </fieldset>
      <div className={`findings-layout${selected !== null ? ' with-detail' : ''}`}>
        <FindingsTable projectId={project.id} filter={filter} sort={sort} onSort={setSort} selectedId={selected} onSelect={(r) => setSelected(r.id)} version={version} onTotal={setTotal} />
        {selected !== null && (
          <FindingDetailPane
            projectId={project.id}
            findingId={selected}
            onClose={() => setSelected(null)}
            onTriaged={() => {
              setVersion((v) => v + 1);
              void refreshProjects();
            }}
          />
        )}
      </div>
    </div>
  );
}
