// The shell of the window: navigation, the project in focus, theme, and the current page.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ProjectSummary, SettingsView } from '../../electron/ipc-contract.js';
import { call } from './api.js';
import { AppContext, PAGE_LABELS, PAGES, type AppState, type PageId } from './app-context.js';
import { currentRoute, go } from './route.js';
import { ProjectsPage } from './pages/ProjectsPage.js';
import { DashboardPage } from './pages/DashboardPage.js';
import { AsvsPage } from './pages/AsvsPage.js';
import { FindingsPage } from './pages/FindingsPage.js';
import { ReviewPage } from './pages/ReviewPage.js';
import { EndpointsPage } from './pages/EndpointsPage.js';
import { TrendsPage } from './pages/TrendsPage.js';
import { DependenciesPage } from './pages/DependenciesPage.js';
import { ComparePage } from './pages/ComparePage.js';
import { ReportsPage } from './pages/ReportsPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { ErrorState } from './components/states.js';

// The query part (#/compare?from=1&to=2) is the page's own state (route.ts).
const pageFromHash = (): PageId => currentRoute().page;

export function App() {
  const [page, setPage] = useState<PageId>(pageFromHash);
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [projectsError, setProjectsError] = useState<Error | null>(null);
  const [projectId, setProjectId] = useState<number | null>(null);
  const [settings, setSettings] = useState<SettingsView | null>(null);

  const refreshProjects = useCallback(async () => {
    try {
      const list = await call((api) => api.listProjects());
      setProjects(list);
      setProjectsError(null);
      setProjectId((current) => (current !== null && list.some((p) => p.id === current) ? current : (list[0]?.id ?? null)));
    } catch (e) {
      setProjectsError(e instanceof Error ? e : new Error(String(e)));
    }
  }, []);

  useEffect(() => {
    void refreshProjects();
    call((api) => api.getSettings()).then(setSettings, () => setSettings(null));
  }, [refreshProjects]);

  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // 'system' leaves the attribute off so the stylesheet follows prefers-color-scheme.
  useEffect(() => {
    const theme = settings?.theme ?? 'system';
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [settings?.theme]);

  const project = projects?.find((p) => p.id === projectId) ?? null;

  const state = useMemo<AppState>(
    () => ({
      projects,
      project,
      settings,
      selectProject: setProjectId,
      navigate(next, params) {
        go(next, params);
        setPage(next);
      },
      refreshProjects,
      settingsChanged: setSettings,
    }),
    [projects, project, settings, refreshProjects],
  );

  useEffect(() => {
    document.title = `${PAGE_LABELS[page]} · Assay`;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [page]);

  return (
    <AppContext.Provider value={state}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className="shell">
        <nav className="sidebar" aria-label="Main">
          <div className="brand">
            <img src="./icon.svg" alt="" width={28} height={28} />
            <span>Assay</span>
          </div>
          <ul>
            {PAGES.map((id) => (
              <li key={id}>
                <a href={`#/${id}`} aria-current={page === id ? 'page' : undefined}>
                  {PAGE_LABELS[id]}
                </a>
              </li>
            ))}
          </ul>
          {projects && projects.length > 0 && (
            <label className="project-picker">
              <span>Project</span>
              <select value={projectId ?? ''} onChange={(e) => setProjectId(Number(e.target.value))}>
                {projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
        </nav>
        <main id="main" tabIndex={-1} className="content">
          {projectsError ? <ErrorState error={projectsError} onRetry={() => void refreshProjects()} /> : <CurrentPage page={page} />}
        </main>
      </div>
    </AppContext.Provider>
  );
}

function CurrentPage({ page }: { page: PageId }) {
  switch (page) {
    case 'projects':
      return <ProjectsPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'asvs':
      return <AsvsPage />;
    case 'findings':
      return <FindingsPage />;
    case 'review':
      return <ReviewPage />;
    case 'endpoints':
      return <EndpointsPage />;
    case 'dependencies':
      return <DependenciesPage />;
    case 'trends':
      return <TrendsPage />;
    case 'compare':
      return <ComparePage />;
    case 'reports':
      return <ReportsPage />;
    case 'settings':
      return <SettingsPage />;
  }
}
