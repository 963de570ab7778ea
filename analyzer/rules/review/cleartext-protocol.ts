// Clients that speak a protocol without encryption: credentials and data cross the network readable. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, keywordArgument, positionalArguments } from '../support/calls.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { callTail, callsIn } from '../support/local-flow.js';
import { isTestPath } from '../support/test-paths.js';

const CLEARTEXT_CLIENTS: Record<string, string> = {
  'ftplib.FTP': 'FTP (ftplib.FTP_TLS encrypts)',
  'telnetlib.Telnet': 'Telnet',
  'smtplib.SMTP': 'SMTP without STARTTLS',
  'poplib.POP3': 'POP3 (poplib.POP3_SSL encrypts)',
  'imaplib.IMAP4': 'IMAP (imaplib.IMAP4_SSL encrypts)',
};
const HTTP_CALLS = /^(requests|httpx)\.(get|post|put|patch|delete|head|request|Client|AsyncClient)$|^urllib\.request\.(urlopen|Request)$|^urllib3\.\w+$/;
const LOCAL_HOST = /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0|[\w-]+(\.local|\.internal|\.svc|\.cluster\.local)?(:\d+)?(\/|$))/i;

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  const name = calleeName(node, ctx);
  if (!name) return;
  const what = CLEARTEXT_CLIENTS[name];
  if (what) {
    // smtplib.SMTP followed by .starttls() in the same function upgrades the connection.
    const fn = enclosingFunction(node);
    if (name === 'smtplib.SMTP' && fn && callsIn(fn).some((c) => callTail(c) === 'starttls')) return;
    ctx.report(node, { message: `${name}() speaks ${what}: check that no credential or private data travels over it, or use the TLS variant` });
    return;
  }
  if (!HTTP_CALLS.test(name)) return;
  const url = ctx.constant(positionalArguments(node)[0] ?? keywordArgument(node, 'url'));
  if (url?.kind !== 'str' || !/^http:\/\//i.test(url.value) || LOCAL_HOST.test(url.value)) return;
  ctx.report(node, { message: `${name}() to ${url.value.slice(0, 60)} over plain HTTP: check that nothing private travels, or use https://` });
}

export const cleartextProtocol = defineRule({
  id: 'PY-NET-CLEARTEXT',
  title: 'Network client using a cleartext protocol',
  cwe: [319],
  asvs: { '5.0.0': ['V12.3.1'], '4.0.3': ['V9.2.2'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'hotspot',
  bandit: ['B321', 'B312'],
  docs: {
    what:
      'A hotspot for ftplib.FTP, telnetlib.Telnet, poplib.POP3, imaplib.IMAP4, smtplib.SMTP without a starttls() call in the same ' +
      'function, and requests/httpx/urllib calls to a constant http:// URL on a non-local host.',
    why: 'Anyone on the network path reads and can alter cleartext traffic: logins, tokens and data included.',
    example: 'ftp = ftplib.FTP("files.example.com")\nftp.login(user, password)',
    fix: 'ftp = ftplib.FTP_TLS("files.example.com"); ftp.login(user, password); ftp.prot_p()',
    references: ['https://cwe.mitre.org/data/definitions/319.html', 'https://docs.python.org/3/library/ftplib.html#ftplib.FTP_TLS'],
  },
  visit: { call: check },
});
