// Findings: filter, sort and page through every finding of the project; open one to triage it.
// The filter, sort and open finding live in the URL (findings-route.ts).
import { plural } from '../../../domain/index.js';
import { useEffect, useState } from 'react';
import type { FindingsFilter, ProjectSummary } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { FindingDetailPane } from '../components/finding-detail.js';
import { FindingsFilters } from '../components/findings-filters.js';
import { FindingsTable, type Sort } from '../components/findings-table.js';
import { BulkTriageBar } from '../components/bulk-triage.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { useLoad } from '../use-load.js';
import { go, useRoute } from '../route.js';
import { findingsRouteFrom, findingsRouteParams, type FindingsRoute } from '../findings-route.js';

export function FindingsPage() {
  return <RequireProject>{(project) => (project.lastScan ? <ProjectFindings key={project.id} project={project} /> : <NoScanYet project={project} />)}</RequireProject>;
}

function ProjectFindings({ project }: { project: ProjectSummary }) {
  const { refreshProjects } = useApp();
  const route = useRoute();
  const here = findingsRouteFrom(route.params);
  const { filter, sort, selected } = here;
  const change = (next: Partial<FindingsRoute>, options?: { replace?: boolean }) => go('findings', findingsRouteParams({ ...here, ...next }), options);
  // A new filter closes the open finding: it may not be in the new list.
  const setFilter = (next: FindingsFilter) => change({ filter: next, selected: null });
  const setSort = (next: Sort) => change({ sort: next });
  const setSelected = (id: number | null) => change({ selected: id });
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<number>>(() => new Set());
  const [allMatching, setAllMatching] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // A new filter changes what "all matching" means: the selection starts over.
  useEffect(() => {
    setChecked(new Set());
    setAllMatching(false);
  }, [JSON.stringify(filter)]);
  // Escape closes the detail pane (from anywhere on the page but a form field being edited).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || selected === null) return;
      setSelected(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, route]);
  const toggle = (id: number) => {
    setAllMatching(false);
    setChecked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const bulkShown = allMatching || checked.size > 0;
  const facets = useLoad(() => call((api) => api.findingFacets({ projectId: project.id })), [project.id, project.lastScan?.id, version]);

  return (
    <div className="page findings-page">
      <header className="page-head">
        <h1>Findings — {project.name}</h1>
        <span className="muted" role="status" data-testid="findings-total">
          {total === null ? 'Counting…' : plural(total, 'finding')}
        </span>
      </header>
      <FindingsFilters filter={filter} facets={facets.data} onChange={setFilter} />
      {notice && (
        <p className="ok" role="status" data-testid="triage-notice">
          {notice}
        </p>
      )}
      {bulkShown && (
        <BulkTriageBar
          projectId={project.id}
          target={allMatching ? { kind: 'filter', filter, total: total ?? 0 } : { kind: 'selected', ids: [...checked] }}
          total={total}
          onSelectAll={() => setAllMatching(true)}
          onClear={() => {
            setChecked(new Set());
            setAllMatching(false);
          }}
          onDone={(message) => {
            setNotice(message);
            setChecked(new Set());
            setAllMatching(false);
            setVersion((v) => v + 1);
            void refreshProjects();
          }}
        />
      )}
      <div className={`findings-layout${selected !== null ? ' with-detail' : ''}`}>
        <FindingsTable projectId={project.id} filter={filter} sort={sort} onSort={setSort} selectedId={selected} onSelect={(r) => setSelected(r.id)} version={version} onTotal={setTotal} checked={checked} onToggle={(r) => toggle(r.id)} />
        {selected !== null && (
          <FindingDetailPane
            projectId={project.id}
            findingId={selected}
            onClose={() => setSelected(null)}
            onTriaged={(message: string) => {
              setNotice(message);
              setVersion((v) => v + 1);
              void refreshProjects();
            }}
          />
        )}
      </div>
    </div>
  );
}
