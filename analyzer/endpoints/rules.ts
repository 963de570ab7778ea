// The inventory and the rules on top of it, for a set of analysed files: build the inventory, give
// each inventory rule every endpoint with its handler's checks, and turn reports into findings
// linked to their endpoint (suppression comments of the handler's file apply as everywhere).
import type { Endpoint } from '../../domain/index.js';
import type { Finding, RuleError } from '../types.js';
import type { RuleDefinition } from '../rule.js';
import type { FileAnalysis } from '../file-analysis.js';
import { findingOf } from '../finding.js';
import { FingerprintAllocator } from '../fingerprint.js';
import { applySuppressions } from '../suppressions.js';
import { buildInventory } from './inventory.js';
import { isLoginNamedGuard } from './guards.js';
import { ProjectIndex } from './project.js';
import { hasMiddleware, projectSettings } from './settings.js';
import type { FileEndpointFacts } from './file-facts.js';
import type { EndpointProject, EndpointView } from './rule-context.js';
import { branchChecks } from './delegated-checks.js';
import type { InventoryContext } from './framework-part.js';
import type { HandlerChecks } from './handler-checks.js';
import { djangoCsrf } from '../frameworks/django/endpoints.js';
import { WEB_FRAMEWORKS } from '../frameworks/registry.js';
import type { ProjectDocument } from '../frameworks/api.js';

const LOGIN_REQUIRED_MIDDLEWARE = 'django.contrib.auth.middleware.LoginRequiredMiddleware';
const LOCKOUT_APPS: Record<string, string> = { axes: 'django-axes', defender: 'django-defender', 'axes.apps.AppConfig': 'django-axes' };

export interface EndpointResult {
  endpoints: Endpoint[];
  findings: Finding[];
  errors: RuleError[];
}

/** An unreadable guard named for a login shows the project protects its routes, though the endpoint's own authentication stays `unknown`. */
function namedForLogin(e: Endpoint): boolean {
  return e.authentication === 'unknown' && e.guards.some((g) => g.authentication === 'unknown' && isLoginNamedGuard(g.name));
}

function family(e: Endpoint): string {
  // Flask-RESTful and RESTX resources are routes of the Flask app: one project of peers.
  return e.framework === 'drf' ? 'django' : e.framework === 'flask_restful' || e.framework === 'flask_restx' ? 'flask' : e.framework;
}

export function endpointFindings(files: readonly FileAnalysis[], rules: readonly RuleDefinition[], documents: readonly ProjectDocument[] = []): EndpointResult {
  const facts = files.map((f) => f.endpoints).filter((f): f is FileEndpointFacts => !!f);
  const endpoints = buildInventory(facts, documents);
  const checkers = rules.filter((r) => r.endpoint);
  if (checkers.length === 0 || endpoints.length === 0) return { endpoints, findings: [], errors: [] };
  const index = new ProjectIndex(facts);
  const settings = projectSettings(index);
  const lockout = settings.installedApps.map((a) => LOCKOUT_APPS[a]).find(Boolean) ?? (settings.authenticationBackends.some((b) => /axes/i.test(b)) ? 'django-axes' : null);
  const projects = new Map<string, EndpointProject>();
  for (const e of endpoints) {
    const key = family(e);
    if (projects.has(key)) continue;
    const peers = endpoints.filter((x) => family(x) === key);
    const loginByDefault = key === 'django' && hasMiddleware(settings, LOGIN_REQUIRED_MIDDLEWARE) ? LOGIN_REQUIRED_MIDDLEWARE : null;
    projects.set(key, { peers, protectedPeers: peers.filter((x) => !x.guards.some((g) => g.kind === 'admin_site') && (x.authentication === 'required' || namedForLogin(x))).length, lockout, loginByDefault });
  }
  const findings: Finding[] = [];
  const errors: RuleError[] = [];
  const fingerprints = new FingerprintAllocator();
  const ctx: InventoryContext = { index, settings, djangoCsrf: djangoCsrf(settings), documents };
  const checksOf = new Map<Endpoint, HandlerChecks | null>();
  const supplied = (e: Endpoint): HandlerChecks | null => {
    if (!checksOf.has(e)) checksOf.set(e, WEB_FRAMEWORKS.find((f) => f.id === e.framework)?.endpoints?.handlerChecks?.(e, ctx) ?? null);
    return checksOf.get(e)!;
  };
  for (const rule of checkers) {
    for (const e of endpoints) {
      const fn = index.fn(e.handler.name);
      const checks = fn ? (fn.fact.dispatch ? branchChecks(e, fn, index) : fn.fact.checks) : supplied(e);
      const view: EndpointView = { endpoint: e, checks, handlerText: fn?.fact.text ?? e.handler.name, project: projects.get(family(e))!, index };
      let report;
      try {
        report = rule.endpoint!(view);
      } catch (err) {
        errors.push({ ruleId: rule.id, path: e.handler.file, message: err instanceof Error ? err.message : String(err) });
        break;
      }
      if (!report) continue;
      const line = report.line ?? e.handler.line;
      const text = report.text ?? view.handlerText;
      const key = `${e.methods.join(',')} ${e.path}`;
      findings.push({
        ...findingOf(rule, {
          path: e.handler.file,
          range: { start: { line, column: 1 }, end: { line, column: 1 + text.length } },
          message: report.message,
          snippet: text,
          fingerprint: fingerprints.next(rule.id, e.handler.file, e.handler.name, `${key} ${text}`),
          severity: report.severity,
          confidence: report.confidence,
          kind: report.kind,
        }),
        endpoint: key,
      });
    }
  }
  const bandit = new Map(rules.map((r) => [r.id, r.bandit ?? []]));
  for (const file of files) {
    const mine = findings.filter((f) => f.path === file.path);
    if (mine.length > 0) applySuppressions(mine, file.suppressionComments, (id) => bandit.get(id) ?? []);
  }
  return { endpoints, findings, errors };
}
