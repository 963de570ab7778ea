// Every channel's handler, over one ServiceContext. Electron's main and the e2e harness both build
// their API from this, so the tests exercise exactly the code the app runs.
import { endpointInventory } from './endpoints-service.js';
import { handlerSource } from './handler-source.js';
import { advisoryStatusView, dependenciesView, importAdvisoriesFromDialog } from './dependencies-service.js';
import type { ChannelHandlers } from '../ipc-dispatch.js';
import type { ServiceContext } from './context.js';
import { asvsTree, attest, confirmSuggested, requirementDetail, type OfficialText } from './asvs-service.js';
import { dashboard } from './dashboard-service.js';
import { pickEvidence, saveEvidence } from './evidence-service.js';
import { assign, facets, findingDetail, note, queryFindings, reviewHotspot, triage, triageBulk } from './findings-service.js';
import { addDemoProject, addProjectFromDialog, changeProject, listProjectSummaries, removeProject, scanSummaries } from './projects-service.js';
import { ReportsService, type ReportRenderers } from './reports-service.js';
import { ScanJobs } from './scan-jobs.js';
import { ServiceError } from './service-error.js';
import { settingsView, updateSettings } from './settings-service.js';
import { trends } from './trends-service.js';
import { compareScans } from './compare-service.js';

export interface AsvsTextSource {
  officialText: OfficialText;
  imported(): string[];
  /** Validates and stores an official export; returns what it holds. */
  importFile(path: string): { version: string; requirements: number };
}

export interface AppServices {
  handlers: ChannelHandlers;
  scans: ScanJobs;
  reports: ReportsService;
}

export function createAppServices(ctx: ServiceContext, options: { renderers: ReportRenderers; asvsText: AsvsTextSource }): AppServices {
  const { db, links } = ctx;
  const scans = new ScanJobs(ctx);
  const reports = new ReportsService(ctx.dataDir, options.renderers);
  const text = options.asvsText;
  const handlers: ChannelHandlers = {
    'app:info': () => ({ version: ctx.appVersion, dataDir: ctx.dataDir, databasePath: ctx.databasePath, demoAvailable: ctx.demoRoot !== null, host: ctx.host, platform: process.platform }),
    'projects:list': () => listProjectSummaries(db),
    'projects:add-folder': (r) => addProjectFromDialog(ctx, r),
    'projects:add-demo': () => addDemoProject(ctx),
    'projects:update': (r) => changeProject(ctx, r),
    'projects:remove': (r) => removeProject(ctx, r.projectId),
    'scans:start': (r) => scans.start(r.projectId),
    'scans:status': (r) => scans.status(r.jobId),
    'scans:cancel': (r) => scans.cancel(r.jobId),
    'scans:list': (r) => scanSummaries(ctx, r.projectId),
    'endpoints:list': (r) => endpointInventory(db, r.projectId, r.scanId),
    'endpoints:source': (r) => handlerSource(db, r.projectId, r.scanId, r.ordinal),
    'dashboard:get': (r) => dashboard(db, r.projectId, r.asvsVersion, r.level),
    'asvs:tree': (r) => asvsTree(db, r.projectId, r.asvsVersion, r.level),
    'asvs:requirement': (r) => requirementDetail(db, r.projectId, r.asvsVersion, r.requirementId, text.officialText),
    'asvs:attest': (r) => attest(db, r, text.officialText),
    'asvs:confirm-suggested': (r) => confirmSuggested(db, r),
    'asvs:pick-evidence': () => pickEvidence(ctx),
    'asvs:save-evidence': (r) => saveEvidence(ctx, db, r),
    'asvs:import': async () => {
      const file = await ctx.dialogs.pickAsvsFile();
      return file === null ? null : text.importFile(file);
    },
    'findings:query': (r) => queryFindings(db, r),
    'findings:facets': (r) => facets(db, r.projectId),
    'findings:detail': (r) => findingDetail(db, links, r.projectId, r.findingId),
    'findings:triage': (r) => triage(db, links, r),
    'findings:review': (r) => reviewHotspot(db, links, r),
    'findings:triage-bulk': (r) => triageBulk(db, r),
    'findings:assign': (r) => assign(db, links, r),
    'findings:note': (r) => note(db, links, r),
    'trends:get': (r) => trends(db, r.projectId),
    'scans:compare': (r) => compareScans(db, r.projectId, r.fromScanId, r.toScanId),
    'reports:formats': () => reports.formats(),
    'reports:export': (r) => reports.export({ db, ...r }),
    'reports:list': (r) => reports.list(r.projectId),
    'reports:reveal': (r) => {
      ctx.desktop.reveal(reports.pathOf(r.exportId));
      return null;
    },
    'advisories:status': () => advisoryStatusView(db),
    'advisories:import': (r) => importAdvisoriesFromDialog(ctx, r.kind),
    'dependencies:get': (r) => dependenciesView(db, r.projectId),
    'settings:get': () => settingsView(db, ctx.preferences, text.imported),
    'settings:update': (r) => {
      updateSettings(db, ctx.preferences, r);
      return settingsView(db, ctx.preferences, text.imported);
    },
    'links:open': async (r) => {
      if (!links.allows(r.url)) throw new ServiceError('forbidden', 'Only links Assay itself shows (rule references) can be opened.');
      // electronegativity: OPEN_EXTERNAL_JS_CHECK — only links this app registered when it showed them (rule references), https only.
      await ctx.desktop.openExternal(r.url);
      return null;
    },
  };
  return { handlers, scans, reports };
}
