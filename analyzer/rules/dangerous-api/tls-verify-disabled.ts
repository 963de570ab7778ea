import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, keywordArgument } from '../support/calls.js';
import { boundToCallOf } from '../support/bindings.js';

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'stream'];
const CLIENTS = new Set([
  ...HTTP_VERBS.map((v) => `requests.${v}`),
  ...HTTP_VERBS.map((v) => `httpx.${v}`),
  'httpx.Client', 'httpx.AsyncClient',
]);

function isFalse(node: SyntaxNode | undefined, ctx: RuleContext): boolean {
  const v = ctx.constant(node);
  return (v?.kind === 'bool' && !v.value) || (v?.kind === 'int' && v.value === 0);
}

function checkCall(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx);
  if (!name) return;
  if (CLIENTS.has(name) && isFalse(keywordArgument(node, 'verify'), ctx)) {
    ctx.report(node, { message: `${name}(verify=False) accepts any certificate: the connection can be intercepted` });
  } else if (name === 'ssl._create_unverified_context') {
    ctx.report(node, { message: 'ssl._create_unverified_context() skips certificate and host name checks' });
  } else if (name === 'aiohttp.TCPConnector' && isFalse(keywordArgument(node, 'ssl') ?? keywordArgument(node, 'verify_ssl'), ctx)) {
    ctx.report(node, { message: 'aiohttp.TCPConnector(ssl=False) skips certificate checks' });
  }
}

const SESSIONS = new Set(['requests.Session', 'requests.session', 'requests.sessions.Session']);
// Contexts the application builds itself; an object merely named like one (a library's `self`) is not judged.
const SSL_CONTEXTS = new Set(['ssl.create_default_context', 'ssl.SSLContext', 'ssl.create_connection']);

// `session.verify = False`, `ctx.verify_mode = ssl.CERT_NONE`, `ctx.check_hostname = False`.
function checkAssignment(node: SyntaxNode, ctx: RuleContext): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left?.type !== 'attribute' || !right) return;
  const attr = left.childForFieldName('attribute')?.text;
  const object = left.childForFieldName('object');
  const boundTo = (callees: ReadonlySet<string>) => object?.type === 'identifier' && boundToCallOf(object.text, node, ctx, callees);
  if (attr === 'verify' && isFalse(right, ctx) && boundTo(SESSIONS)) {
    ctx.report(node, { message: 'Session.verify = False accepts any certificate for every request of the session' });
  } else if (attr === 'verify_mode' && ctx.names.qualifiedName(right) === 'ssl.CERT_NONE' && boundTo(SSL_CONTEXTS)) {
    ctx.report(node, { message: 'verify_mode = ssl.CERT_NONE accepts any certificate' });
  } else if (attr === 'check_hostname' && isFalse(right, ctx) && boundTo(SSL_CONTEXTS)) {
    ctx.report(node, { message: 'check_hostname = False accepts a valid certificate for any other host' });
  }
}

export const tlsVerifyDisabled = defineRule({
  id: 'PY-API-TLS-NO-VERIFY',
  title: 'TLS certificate verification disabled',
  cwe: [295],
  asvs: { '5.0.0': ['V12.3.2'], '4.0.3': ['V9.2.1'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['tls', 'http_client'] }],
  bandit: ['B501', 'B323'],
  docs: {
    what:
      'Finds requests/httpx calls and clients with verify=False, Session.verify = False, ' +
      'ssl._create_unverified_context(), SSL contexts made in the same function with verify_mode = CERT_NONE or ' +
      'check_hostname = False, and aiohttp.TCPConnector(ssl=False).',
    why: 'Without certificate checks anyone on the network path (Wi-Fi, proxy, compromised router) can read and alter the traffic, credentials included.',
    example: 'requests.post(PAYMENT_URL, json=charge, verify=False, timeout=10)',
    fix: 'Leave verification on; for a private CA pass its bundle: requests.post(url, json=charge, verify="/etc/ssl/internal-ca.pem", timeout=10)',
    references: [
      'https://cwe.mitre.org/data/definitions/295.html',
      'https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification',
      'https://www.python-httpx.org/advanced/ssl/',
    ],
  },
  visit: { call: checkCall, assignment: checkAssignment },
});
