import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { isDocstring, literalText, HOLE } from '../support/string-literals.js';
import { isPlaceholder } from '../support/placeholders.js';
import { isTestPath } from '../support/test-paths.js';

// scheme://user:password@host — the password part must be literal text (no f-string hole).
const URL_WITH_PASSWORD = /\b([a-z][a-z0-9+.-]*):\/\/([^\s:@/'"]*):([^\s@/'"]+)@([^\s/:'"?#]*)/gi;
const LOCAL_HOSTS = /^(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0|)$/i;

function check(node: SyntaxNode, ctx: RuleContext): void {
  // Docstrings show example URLs (scott:tiger@localhost); they configure nothing.
  if (isTestPath(ctx.path) || isDocstring(node)) return;
  const text = literalText(node);
  for (const m of text.matchAll(URL_WITH_PASSWORD)) {
    const password = decodeURIComponentSafe(m[3]!);
    if (password.includes(HOLE) || isPlaceholder(password)) continue;
    const host = m[4]!.includes(HOLE) ? 'a computed host' : m[4]!;
    const local = LOCAL_HOSTS.test(host);
    ctx.report(node, {
      message: `Password hard-coded in a ${m[1]!.toLowerCase()}:// URL${local ? ' (local development host)' : ` for ${host}`}`,
      // A password for a local development database opens nothing reachable from elsewhere.
      confidence: local ? 'low' : 'high',
    });
    return;
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export const credentialsInUrl = defineRule({
  id: 'PY-SECRET-URL-CREDENTIALS',
  title: 'Password embedded in a connection URL',
  cwe: [798, 259],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V2.10.4'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds URLs with a literal password in their user-info part: postgres://user:pass@host, mysql://, ' +
      'redis://:pass@host, amqp://, mongodb+srv://, https://user:token@host. Interpolated passwords ' +
      '(f"…:{password}@…"), placeholders, docstrings and test files are not reported; localhost URLs are reported at low confidence.',
    why: 'The URL carries a working database or broker password to everyone who reads the code or its logs.',
    example: 'CELERY_BROKER_URL = "amqp://shop:Rabb1tPass@mq.internal:5672//"',
    fix: 'CELERY_BROKER_URL = os.environ["CELERY_BROKER_URL"]',
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    ],
  },
  visit: { string: check },
});
