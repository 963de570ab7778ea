// The project card's "since the previous scan" line: new and fixed, linking to the Compare page.
import type { ProjectSummary } from '../../../electron/ipc-contract.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { useLoad } from '../use-load.js';

export function LastScanChange({ project }: { project: ProjectSummary }) {
  const { selectProject } = useApp();
  // A first scan has nothing to compare with: the store says so and the line stays away.
  const load = useLoad(() => call((api) => api.compareScans({ projectId: project.id, fromScanId: null, toScanId: null })), [project.id, project.lastScan?.id]);
  if (!project.lastScan || !load.data) return null;
  const d = load.data;
  return (
    <div data-testid={`change-${project.id}`}>
      <dt>Since scan #{d.from.id}</dt>
      <dd>
        <a href={`#/compare?from=${d.from.id}&to=${d.to.id}`} onClick={() => selectProject(project.id)}>
          {d.counts.new} new, {d.counts.fixed} fixed
        </a>
      </dd>
    </div>
  );
}
