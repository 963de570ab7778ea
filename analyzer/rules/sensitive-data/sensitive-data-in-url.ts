// URLs land in browser history, proxy and server logs, and Referer headers. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { containerOf, expressionName } from '../support/expression-names.js';
import { enclosingFunction, nameWords } from '../support/names-of-values.js';
import { callTail, callsIn } from '../support/local-flow.js';
import { handlerOf } from '../support/handlers.js';
import { sensitiveKind } from '../support/sensitive-names.js';
import { sensitiveIn } from '../support/sensitive-values.js';
import { HOLE, literalText, stringLiteralText } from '../support/string-literals.js';
import { keywordArgument } from '../support/calls.js';
import { isTestPath } from '../support/test-paths.js';

const QUERY_CONTAINERS = /(^|\.)(request|req)\.(GET|args|query_params|query)$/;
// One-time link codes (password reset, e-mail confirmation) travel in URLs by design: only long-lived secrets count.
const URL_OK_QUALIFIERS = new Set(['reset', 'verification', 'verify', 'activation', 'confirm', 'confirmation', 'invite', 'invitation', 'unsubscribe', 'email', 'csrf', 'state', 'magic', 'share', 'download', 'page', 'next', 'continuation', 'cursor']);
const QUERY_PARAM = /[?&](password|passwd|pwd|pass|api_?key|apikey|secret|client_secret|access_token|auth_token|token|jwt|session|sid|session_?id|ssn|card_?number|cc_?number|cvv)=/i;
// Links whose one-time code travels in the URL by design (e-mailed reset and confirmation links).
const ONE_TIME_LINK = /(reset|verify|verification|confirm|activat|unsubscribe|invite|magic)/i;
const FASTAPI_BODY = /^(Form|Body|Header|Cookie|File|Depends|Security)\b|^fastapi\.(Form|Body|Header|Cookie|File|Depends|Security)\b/;

/** Names that must not travel in a URL: passwords, long-lived tokens and keys, card data, national ids. */
function forbiddenInUrl(name: string, reading = false): boolean {
  const kind = sensitiveKind(name);
  if (!kind) return false;
  if (kind !== 'secret') return true;
  const words = nameWords(name);
  if (words.some((w) => URL_OK_QUALIFIERS.has(w))) return false;
  // OAuth authorization codes and OAuth 1 request tokens come back in the query string by protocol design.
  if (words[words.length - 1] === 'code' || name === 'oauth_token' || name === 'oauth_verifier') return reading ? false : name === 'oauth_token';
  // A bare `token` or `key` is most often a one-time link code; API keys, access tokens and secrets are not.
  return words.length > 1 || ['secret', 'apikey', 'sessionid'].includes(words[0]!);
}

const HTTP_CLIENT = /^(requests|httpx|session|client|self\.session|http|urllib\.request|urllib3)\b/;
const OUTGOING_TAILS = new Set(['get', 'head', 'delete', 'request', 'post', 'put', 'patch', 'urlopen']);

function report(ctx: RuleContext, node: SyntaxNode, what: string): void {
  ctx.report(node, { message: `${what} travels in the URL query string: URLs are logged, cached and sent in Referer headers` });
}

/**
 * A credential in the query of the server's own back-channel call (an OAuth provider's profile API
 * taking access_token=…) reaches no browser history or Referer, only the receiving API's logs: the
 * provider's documented interface, to review (prefer a header where the API accepts one), not a flaw seen.
 */
function reportOutgoing(ctx: RuleContext, node: SyntaxNode, what: string): void {
  ctx.report(node, {
    kind: 'hotspot',
    message: `${what} is sent in the query string of an outgoing HTTP request: check whether the API accepts it in a header or body instead (query strings land in the receiving server's logs)`,
  });
}

function isOutgoingCall(call: SyntaxNode): boolean {
  return OUTGOING_TAILS.has(callTail(call)) && HTTP_CLIENT.test(call.childForFieldName('function')?.text ?? '');
}

/** The string is (part of) the URL argument of an outgoing HTTP call. */
function inOutgoingUrl(node: SyntaxNode): boolean {
  let n: SyntaxNode | null = node;
  while (n && ['string', 'binary_operator', 'parenthesized_expression', 'concatenated_string'].includes(n.type)) {
    const p: SyntaxNode | null = n.parent;
    if (p?.type === 'argument_list') {
      const call = p.parent;
      return !!call && call.type === 'call' && p.namedChildren[0]?.id === n.id && isOutgoingCall(call);
    }
    n = p;
  }
  return false;
}

/** The function sends requests itself and redirects nowhere: a URL it builds is for its own calls. */
function onlyCallsOut(fn: SyntaxNode | null): boolean {
  if (!fn) return false;
  const calls = callsIn(fn);
  return calls.some(isOutgoingCall) && !calls.some((c) => /redirect/i.test(callTail(c)));
}

/** `request.GET["password"]`, `request.args.get("api_key")`. */
function checkQueryRead(node: SyntaxNode, ctx: RuleContext): boolean {
  const container = containerOf(node);
  if (!container || !QUERY_CONTAINERS.test(container.text)) return false;
  const key = expressionName(node);
  if (!key || !forbiddenInUrl(key, true)) return false;
  report(ctx, node, `${key} read from ${container.text}`);
  return true;
}

/** `f"/welcome?password={pw}"`, `"…&api_key=" + key`: a URL built with a secret in its query. */
function checkUrlString(node: SyntaxNode, ctx: RuleContext): void {
  const text = node.type === 'string' ? literalText(node) : node.type === 'binary_operator' ? (stringLiteralText(node.childForFieldName('left')) ?? '') + HOLE : '';
  const m = QUERY_PARAM.exec(text);
  if (!m) return;
  const after = text.slice(m.index + m[0].length);
  if (!after.startsWith(HOLE)) return;
  if (/^(token|session|sid|jwt)$/i.test(m[1]!) && ONE_TIME_LINK.test(text.slice(0, m.index))) return;
  if (node.type === 'string' && node.parent?.type === 'binary_operator') return;
  if (inOutgoingUrl(node)) return reportOutgoing(ctx, node, m[1]!);
  report(ctx, node, m[1]!);
}

/** `requests.get(url, params={"api_key": key})`, `urlencode({"password": pw})`, `url_for("x", password=pw)`. */
function checkQueryBuilders(node: SyntaxNode, ctx: RuleContext): void {
  const tail = callTail(node);
  const fn = enclosingFunction(node);
  let dict: SyntaxNode | undefined;
  let outgoing = false;
  if (isOutgoingCall(node)) {
    dict = keywordArgument(node, 'params');
    outgoing = true;
  } else if (tail === 'urlencode') {
    dict = node.childForFieldName('arguments')?.namedChildren[0];
    outgoing = onlyCallsOut(fn);
  }
  else if (tail === 'url_for' || tail === 'redirect') {
    for (const a of node.childForFieldName('arguments')?.namedChildren ?? []) {
      if (a.type !== 'keyword_argument') continue;
      const name = a.childForFieldName('name')?.text ?? '';
      const value = a.childForFieldName('value');
      // url_for("dashboard", token=…): a credential in the query of a page URL (reset/confirm links are one-time by design).
      const endpoint = stringLiteralText(node.childForFieldName('arguments')?.namedChildren[0]) ?? '';
      const bare = /^(token|session|sid|jwt)$/.test(name) && !ONE_TIME_LINK.test(endpoint);
      if ((forbiddenInUrl(name) || bare) && value && value.type !== 'string') return report(ctx, a, name);
    }
    return;
  }
  if (!dict || dict.type !== 'dictionary') return;
  const say = outgoing ? reportOutgoing : report;
  for (const p of dict.namedChildren) {
    if (p.type !== 'pair') continue;
    const key = stringLiteralText(p.childForFieldName('key'));
    const value = p.childForFieldName('value');
    if (key && value && forbiddenInUrl(key) && value.type !== 'string') return say(ctx, p, key);
    if (value && value.type !== 'string' && sensitiveIn(value, fn, (_k, n) => forbiddenInUrl(n)) && key && !/^(username|user|email)$/.test(key)) return say(ctx, p, key);
  }
}

/** FastAPI: a scalar `password: str` parameter without Form()/Body() is a query parameter. */
function checkFastapiParams(node: SyntaxNode, ctx: RuleContext): void {
  const h = handlerOf(node, ctx);
  if (!h || h.framework !== 'fastapi' || h.kind !== 'route') return;
  for (const p of node.childForFieldName('parameters')?.namedChildren ?? []) {
    const name = p.type === 'identifier' ? p.text : (p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'))?.text ?? '';
    if (!forbiddenInUrl(name) || h.paths.some((path) => path.includes(`{${name}}`))) continue;
    const type = p.childForFieldName('type')?.text ?? '';
    const dflt = p.childForFieldName('value')?.text ?? '';
    if (FASTAPI_BODY.test(dflt) || /(Form|Body|Header|Cookie|Depends|Security)\(/.test(type)) continue;
    if (type && !/^(str|Optional\[str\]|str \| None|SecretStr|Annotated\[str.*Query|int)$/.test(type.replace(/\s+/g, ' '))) continue;
    report(ctx, p, `Parameter ${name} of ${h.name}()`);
  }
}

function visitCall(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  if (checkQueryRead(node, ctx)) return;
  checkQueryBuilders(node, ctx);
}

export const sensitiveDataInUrl = defineRule({
  id: 'PY-DATA-SENSITIVE-URL',
  title: 'Password or secret sent in the URL',
  cwe: [598],
  asvs: { '5.0.0': ['V14.2.1'], '4.0.3': ['V8.3.1', 'V13.1.3'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds passwords, API keys, access tokens, secrets and card data read from the query string (request.GET, request.args, ' +
      'query_params), FastAPI route parameters of those names that are query parameters, and URLs built with them in the query ' +
      '(f-strings, params=, urlencode, url_for). One-time link codes (reset, confirmation tokens) are not reported. A credential in the ' +
      "query of the server's own outgoing HTTP call (requests params=, a URL built only for such calls) is a hotspot: it reaches the receiving API's logs, not a browser.",
    why: 'Query strings are written to browser history, web server and proxy logs, and leak to other sites in the Referer header.',
    example: '@app.route("/login")\ndef login():\n    password = request.args.get("password")',
    fix: 'Accept credentials only in a POST body (request.form / Form()) or a header, never in the query string.',
    references: ['https://cwe.mitre.org/data/definitions/598.html', 'https://owasp.org/www-community/vulnerabilities/Information_exposure_through_query_strings_in_url'],
  },
  visit: {
    call: visitCall,
    subscript: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkQueryRead(n, ctx);
    },
    string: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkUrlString(n, ctx);
    },
    binary_operator: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkUrlString(n, ctx);
    },
    function_definition: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkFastapiParams(n, ctx);
    },
  },
});
