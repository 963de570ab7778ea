// What a scan examined, and what a rule must have seen before its silence can count as a pass.
// The analyzer reports the facts; asvs/coverage.ts weighs them against each rule's preconditions.

/** Families of library or language feature an API rule speaks about; seen from imports (and a few calls). */
export const API_FAMILIES = [
  'sql',
  'nosql',
  'crypto',
  'random',
  'jwt',
  'xml',
  'xpath',
  'ldap',
  'yaml',
  'pickle',
  'marshal',
  'subprocess',
  'http_client',
  'tls',
  'tempfile',
  'archive',
  'templating',
  'upload',
  'regex',
  'dynamic_code',
  'cookies',
  'cors',
] as const;
export type ApiFamily = (typeof API_FAMILIES)[number];

export const API_FAMILY_LABELS: Record<ApiFamily, string> = {
  sql: 'SQL database',
  nosql: 'NoSQL database',
  crypto: 'cryptography',
  random: 'random-number',
  jwt: 'JWT',
  xml: 'XML parsing',
  xpath: 'XPath',
  ldap: 'LDAP',
  yaml: 'YAML',
  pickle: 'pickle',
  marshal: 'marshal',
  subprocess: 'process-spawning',
  http_client: 'HTTP client',
  tls: 'TLS',
  tempfile: 'temporary-file',
  archive: 'archive',
  templating: 'template engine',
  upload: 'file-upload',
  regex: 'regular-expression',
  dynamic_code: 'eval/exec',
  cookies: 'cookie-setting',
  cors: 'CORS',
};

/**
 * What a rule must have seen to speak:
 * request_handlers — request entry points in a framework Assay models (dataflow rules);
 * app_config — a settings module or an application's configuration (configuration rules);
 * templates — template files (template rules);
 * api — a use of one of these API families (API rules; absent everywhere, the requirement is suggested N/A);
 * python_source — any Python code (rules about code anywhere: secrets, eval, assert);
 * dependencies — dependencies declared or locked in a manifest Assay reads (dependency rules);
 * advisories — imported advisory data, at most maxAgeDays old (rules matching versions to advisories):
 *   stale data does not earn a pass ("advisory data is N days old").
 */
export type Precondition =
  | { kind: 'request_handlers' }
  | { kind: 'app_config' }
  | { kind: 'templates' }
  | { kind: 'api'; families: readonly ApiFamily[] }
  | { kind: 'python_source' }
  | { kind: 'dependencies' }
  | { kind: 'advisories'; maxAgeDays: number };

/**
 * Security events an application logs (ASVS 5.0.0 V16.3, 4.0.3 V7.1.3/V7.2): a logging call in a login,
 * logout, password-change or access-denial path, or a receiver of the framework's authentication signals.
 */
export const SECURITY_LOG_EVENTS = ['login', 'logout', 'password_change', 'access_denied', 'auth_signal'] as const;
export type SecurityLogEvent = (typeof SECURITY_LOG_EVENTS)[number];

export const SECURITY_LOG_EVENT_LABELS: Record<SecurityLogEvent, string> = {
  login: 'logins (success or failure)',
  logout: 'logouts',
  password_change: 'password changes',
  access_denied: 'access denials',
  auth_signal: 'authentication signal receivers',
};

const AUTH_EVENTS: readonly SecurityLogEvent[] = ['login', 'logout', 'password_change', 'auth_signal'];

/**
 * The logging requirements each kind of evidence speaks to (the ones PY-LOG-AUTH-EVENT-UNLOGGED
 * maps to): authentication events, and access denials.
 */
export const SECURITY_LOG_REQUIREMENTS: Readonly<Record<'5.0.0' | '4.0.3', Readonly<Record<string, readonly SecurityLogEvent[]>>>> = {
  '5.0.0': { 'V16.3.1': AUTH_EVENTS, 'V16.3.2': ['access_denied'] },
  '4.0.3': { 'V7.1.3': SECURITY_LOG_EVENTS, 'V7.2.1': AUTH_EVENTS, 'V7.2.2': ['access_denied'] },
};

/** One place the application logs a security event: evidence for the logging requirements, not a finding. */
export interface SecurityLogEvidence {
  event: SecurityLogEvent;
  path: string;
  line: number;
  /** The function the logging happens in. */
  handler: string;
  /** The logging call's text, cut short; repository text, shown inert. */
  call: string;
}

/** Counts the analyzer reports per scan. A missing key is zero. */
export interface ScanFacts {
  pythonFiles: number;
  templates: number;
  /** Settings modules and application configurations (Django settings, Flask/FastAPI app objects). */
  appConfigs: number;
  /** Request entry points per modelled framework. */
  handlers: Partial<Record<string, number>>;
  /** Web frameworks or servers Assay does not model, with the number of files that use them. */
  unmodelled: Partial<Record<string, number>>;
  /** Files using each API family. */
  apis: Partial<Record<ApiFamily, number>>;
  /** Calls into dangerous operations the dataflow pass examined, per sink kind ('sql' = database calls with SQL text). */
  sinks: Partial<Record<string, number>>;
  /** Dependencies in the inventory (declared and locked). */
  dependencies?: number;
  /** Advisory records the scan matched versions against; 0 or absent when none were imported. */
  advisories?: number;
  /** Days between the newest advisory's modified time and the scan (meaningful when advisories > 0). */
  advisoryAgeDays?: number;
  /** Files only partially analysed: their dataflow ran out of its step budget (absent or 0: none). */
  budgetExceeded?: number;
  /** Distinct template names the views render that resolve to no template file of the repository (absent or 0: none). */
  unresolvedTemplates?: number;
  /** Render calls whose template name is chosen at run time (absent or 0: none). */
  runtimeTemplates?: number;
  /** Places that log each security event (see SecurityLogEvidence); absent in scans recorded before it existed. */
  logged?: Partial<Record<SecurityLogEvent, number>>;
}

/** Why a dependency precondition is not met by these facts, or null when it is. */
export function unmetDependencyPrecondition(p: Precondition, f: ScanFacts): string | null {
  if (p.kind === 'dependencies') return f.dependencies ? null : 'no dependency manifest (requirements, pyproject, lock file …) declares dependencies';
  if (p.kind !== 'advisories') return null;
  if (!f.advisories) return 'no advisory data imported (assay advisories import)';
  const age = f.advisoryAgeDays ?? 0;
  return age > p.maxAgeDays ? `advisory data is ${age} days old` : null;
}

export function emptyScanFacts(): ScanFacts {
  return { pythonFiles: 0, templates: 0, appConfigs: 0, handlers: {}, unmodelled: {}, apis: {}, sinks: {} };
}

/** Words for the sink kinds in reasons: "112 database calls examined". */
export const SINK_LABELS: Partial<Record<string, string>> = {
  sql: 'database calls with SQL text',
  command: 'process-spawning calls',
  code: 'eval/exec calls',
  template: 'template renderings from strings',
  xss: 'HTML responses',
  path: 'file-system calls',
  ssrf: 'outgoing HTTP requests',
  redirect: 'redirects',
  deserialize: 'deserialisation calls',
  xxe: 'XML parser calls',
  ldap: 'LDAP queries',
  xpath: 'XPath queries',
  header: 'response-header writes',
  log: 'log calls',
  trust: 'session writes',
  nosql: 'NoSQL queries',
  regex: 'regular-expression compilations',
  'script-url': 'template URL attributes',
};

/** Flat keys as the store keeps them ('handlers:django', 'api:ldap' …), and back. */
export function factsToRows(f: ScanFacts): Array<{ fact: string; count: number }> {
  const rows = [
    { fact: 'python_files', count: f.pythonFiles },
    { fact: 'templates', count: f.templates },
    { fact: 'app_configs', count: f.appConfigs },
  ];
  for (const [prefix, map] of [['handlers', f.handlers], ['unmodelled', f.unmodelled], ['api', f.apis], ['sinks', f.sinks], ['logged', f.logged ?? {}]] as const) {
    for (const [k, n] of Object.entries(map)) if (n) rows.push({ fact: `${prefix}:${k}`, count: n });
  }
  if (f.dependencies) rows.push({ fact: 'dependencies', count: f.dependencies });
  if (f.budgetExceeded) rows.push({ fact: 'budget_exceeded', count: f.budgetExceeded });
  if (f.unresolvedTemplates) rows.push({ fact: 'unresolved_templates', count: f.unresolvedTemplates });
  if (f.runtimeTemplates) rows.push({ fact: 'runtime_templates', count: f.runtimeTemplates });
  if (f.advisories) rows.push({ fact: 'advisories', count: f.advisories }, { fact: 'advisory_age_days', count: f.advisoryAgeDays ?? 0 });
  return rows;
}

export function factsFromRows(rows: ReadonlyArray<{ fact: string; count: number }>): ScanFacts {
  const f = emptyScanFacts();
  for (const { fact, count } of rows) {
    const [prefix, key] = fact.split(':', 2) as [string, string | undefined];
    if (prefix === 'python_files') f.pythonFiles = count;
    else if (prefix === 'templates') f.templates = count;
    else if (prefix === 'app_configs') f.appConfigs = count;
    else if (prefix === 'dependencies') f.dependencies = count;
    else if (prefix === 'budget_exceeded') f.budgetExceeded = count;
    else if (prefix === 'unresolved_templates') f.unresolvedTemplates = count;
    else if (prefix === 'runtime_templates') f.runtimeTemplates = count;
    else if (prefix === 'advisories') f.advisories = count;
    else if (prefix === 'advisory_age_days') f.advisoryAgeDays = count;
    else if (key && prefix === 'handlers') f.handlers[key] = count;
    else if (key && prefix === 'unmodelled') f.unmodelled[key] = count;
    else if (key && prefix === 'api') f.apis[key as ApiFamily] = count;
    else if (key && prefix === 'sinks') f.sinks[key] = count;
    else if (key && prefix === 'logged' && (SECURITY_LOG_EVENTS as readonly string[]).includes(key)) (f.logged ??= {})[key as SecurityLogEvent] = count;
  }
  return f;
}
