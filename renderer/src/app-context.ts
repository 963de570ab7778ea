// What every page can reach: the project in focus, navigation, settings and the project list.
import { createContext, useContext } from 'react';
import type { ProjectSummary, SettingsView } from '../../electron/ipc-contract.js';

export const PAGES = ['projects', 'dashboard', 'asvs', 'findings', 'review', 'endpoints', 'dependencies', 'trends', 'compare', 'reports', 'settings'] as const;
export type PageId = (typeof PAGES)[number];

export const PAGE_LABELS: Record<PageId, string> = {
  projects: 'Projects',
  dashboard: 'Dashboard',
  asvs: 'ASVS',
  findings: 'Findings',
  review: 'To review',
  endpoints: 'Endpoints',
  dependencies: 'Dependencies',
  trends: 'Trends',
  compare: 'Compare',
  reports: 'Reports',
  settings: 'Settings',
};

export interface AppState {
  projects: ProjectSummary[] | null;
  project: ProjectSummary | null;
  settings: SettingsView | null;
  selectProject(id: number): void;
  /** Goes to a page; params are its URL state (route.ts). */
  navigate(page: PageId, params?: Record<string, string | number | undefined>): void;
  refreshProjects(): Promise<void>;
  settingsChanged(next: SettingsView): void;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (!state) throw new Error('useApp outside AppContext');
  return state;
}
