// Findings: filter, sort and page through every finding of the project; open one to triage it.
import { plural } from '../../../domain/index.js';
import { useState } from 'react';
import type { FindingsFilter, ProjectSummary } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { FindingDetailPane } from '../components/finding-detail.js';
import { FindingsFilters } from '../components/findings-filters.js';
import { FindingsTable, type Sort } from '../components/findings-table.js';
import { NoScanYet, RequireProject } from '../components/require-project.js';
import { useLoad } from '../use-load.js';

export function FindingsPage() {
  return <RequireProject>{(project) => (project.lastScan ? <ProjectFindings key={project.id} project={project} /> : <NoScanYet project={project} />)}</RequireProject>;
}

function ProjectFindings({ project }: { project: ProjectSummary }) {
  const { findingsAsvs, refreshProjects } = useApp();
  const [filter, setFilter] = useState<FindingsFilter>(() => ({ lifecycle: ['new', 'persisting', 'reopened'], triage: ['open', 'confirmed'], ...(findingsAsvs ? { asvs: findingsAsvs } : {}) }));
  const [sort, setSort] = useState<Sort>({ key: 'severity', dir: 'desc' });
  const [selected, setSelected] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const facets = useLoad(() => call((api) => api.findingFacets({ projectId: project.id })), [project.id, project.lastScan?.id]);

  return (
    <div className="page findings-page">
      <header className="page-head">
        <h1>Findings — {project.name}</h1>
        <span className="muted" role="status" data-testid="findings-total">
          {total === null ? 'Counting…' : plural(total, 'finding')}
        </span>
      </header>
      <FindingsFilters filter={filter} facets={facets.data} onChange={setFilter} />
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
