// The preload: exposes `window.assay`, one function per IPC channel and nothing else. A sandboxed
// preload cannot require our other files, so the method → channel table is a literal here, checked
// against the contract's table by the `satisfies` below (same keys, same channels).
import type { API_METHODS as ContractMethods, AssayApi } from './ipc-contract.js';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { contextBridge, ipcRenderer } = require('electron') as typeof import('electron');

const METHODS = {
  appInfo: 'app:info',
  listProjects: 'projects:list',
  addProjectFolder: 'projects:add-folder',
  addDemoProject: 'projects:add-demo',
  updateProject: 'projects:update',
  removeProject: 'projects:remove',
  startScan: 'scans:start',
  scanStatus: 'scans:status',
  cancelScan: 'scans:cancel',
  listScans: 'scans:list',
  endpoints: 'endpoints:list',
  handlerSource: 'endpoints:source',
  dashboard: 'dashboard:get',
  asvsTree: 'asvs:tree',
  asvsRequirement: 'asvs:requirement',
  attest: 'asvs:attest',
  confirmSuggested: 'asvs:confirm-suggested',
  pickEvidence: 'asvs:pick-evidence',
  saveEvidence: 'asvs:save-evidence',
  importAsvs: 'asvs:import',
  queryFindings: 'findings:query',
  findingFacets: 'findings:facets',
  findingDetail: 'findings:detail',
  triage: 'findings:triage',
  reviewHotspot: 'findings:review',
  triageBulk: 'findings:triage-bulk',
  assignFinding: 'findings:assign',
  addNote: 'findings:note',
  trends: 'trends:get',
  compareScans: 'scans:compare',
  reportFormats: 'reports:formats',
  exportReport: 'reports:export',
  listReports: 'reports:list',
  revealReport: 'reports:reveal',
  advisoryStatus: 'advisories:status',
  importAdvisories: 'advisories:import',
  dependencies: 'dependencies:get',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  openLink: 'links:open',
} as const satisfies typeof ContractMethods;

// Each function closes over its own channel: the page can reach only these channels, and only
// with a payload main will validate. No ipcRenderer object or event is handed to the page.
const api: Record<string, (request?: unknown) => Promise<unknown>> = {};
for (const [method, channel] of Object.entries(METHODS)) {
  api[method] = (request?: unknown) => ipcRenderer.invoke(channel, request ?? null);
}

contextBridge.exposeInMainWorld('assay', Object.freeze(api) as unknown as AssayApi);
