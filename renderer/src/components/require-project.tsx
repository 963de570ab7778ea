// Pages about one project show this instead when there is none yet.
import type { ReactNode } from 'react';
import type { ProjectSummary } from '../../../electron/ipc-contract.js';
import { useApp } from '../app-context.js';
import { EmptyState, Loading } from './states.js';

export function RequireProject({ children }: { children: (project: ProjectSummary) => ReactNode }) {
  const { projects, project, navigate } = useApp();
  if (projects === null) return <Loading what="projects" />;
  if (!project) {
    return (
      <EmptyState title="No project yet">
        <p>Add a repository, or open the bundled demo project, to see its compliance.</p>
        <button type="button" onClick={() => navigate('projects')}>
          Go to Projects
        </button>
      </EmptyState>
    );
  }
  return <>{children(project)}</>;
}

export function NoScanYet({ project }: { project: ProjectSummary }) {
  const { navigate } = useApp();
  return (
    <EmptyState title={`${project.name} has not been scanned yet`}>
      <p>Scan it from the Projects page to fill this view.</p>
      <button type="button" onClick={() => navigate('projects')}>
        Go to Projects
      </button>
    </EmptyState>
  );
}
