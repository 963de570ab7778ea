// Every origin may read the responses, without the user's cookies: fine for public data only. (hotspot)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { calleeName, keywordArgument } from '../support/calls.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';

const CORS_CALLS = new Set(['flask_cors.CORS', 'flask_cors.cross_origin', 'flask_cors.extension.CORS', 'flask_cors.decorator.cross_origin']);
const STARLETTE_CORS = new Set(['starlette.middleware.cors.CORSMiddleware', 'fastapi.middleware.cors.CORSMiddleware']);

function isTrue(node: SyntaxNode | undefined, ctx: RuleContext): boolean {
  const v = ctx.constant(node);
  return v?.kind === 'bool' && v.value;
}

function isWildcard(node: SyntaxNode | undefined, ctx: RuleContext): boolean {
  const v = ctx.constant(node);
  if (v?.kind === 'str') return v.value === '*';
  return (v?.kind === 'list' || v?.kind === 'tuple') && v.items.some((i) => i.kind === 'str' && i.value === '*');
}

const HOTSPOT = 'check that these responses hold only public data (no per-user data behind IP allowlists or intranet access)';

/** `response["Access-Control-Allow-Origin"] = "*"` and `headers={"Access-Control-Allow-Origin": "*"}`. */
function checkHeader(node: SyntaxNode, ctx: RuleContext): void {
  if (node.type === 'assignment') {
    const left = node.childForFieldName('left');
    if (left?.type !== 'subscript') return;
    const key = stringLiteralText(left.childForFieldName('subscript'));
    if (key?.toLowerCase() !== 'access-control-allow-origin' || !isWildcard(node.childForFieldName('right') ?? undefined, ctx)) return;
    ctx.report(node, { message: `Access-Control-Allow-Origin: * lets every site read this response: ${HOTSPOT}` });
  } else if (node.type === 'pair') {
    const key = stringLiteralText(node.childForFieldName('key'));
    if (key?.toLowerCase() !== 'access-control-allow-origin' || !isWildcard(node.childForFieldName('value') ?? undefined, ctx)) return;
    ctx.report(node, { message: `Access-Control-Allow-Origin: * lets every site read this response: ${HOTSPOT}` });
  }
}

/** flask-cors and Starlette's CORSMiddleware open to every origin without credentials (with them, the PY-CORS-* rules report). */
function checkCall(node: SyntaxNode, ctx: RuleContext): void {
  const name = calleeName(node, ctx) ?? '';
  if (CORS_CALLS.has(name)) {
    if (isTrue(keywordArgument(node, 'supports_credentials'), ctx) || keywordArgument(node, 'resources')) return;
    const origins = keywordArgument(node, 'origins');
    if (origins && !isWildcard(origins, ctx)) return;
    ctx.report(node, { message: `${name.split('.').pop()}() allows every origin: ${HOTSPOT}` });
    return;
  }
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  if (callTailName(node) === 'add_middleware' && args[0] && STARLETTE_CORS.has(ctx.names.qualifiedName(args[0]) ?? '')) {
    if (isTrue(keywordArgument(node, 'allow_credentials'), ctx) || !isWildcard(keywordArgument(node, 'allow_origins'), ctx)) return;
    ctx.report(node, { message: `CORSMiddleware allow_origins=["*"]: ${HOTSPOT}` });
  }
}

function callTailName(node: SyntaxNode): string {
  const f = node.childForFieldName('function');
  return f?.type === 'attribute' ? (f.childForFieldName('attribute')?.text ?? '') : (f?.text ?? '');
}

/** Django settings: CORS_ALLOW_ALL_ORIGINS = True without credentials. */
function checkSettings(node: SyntaxNode, ctx: RuleContext): void {
  const names = new Map<string, SyntaxNode>();
  for (const stmt of node.namedChildren) {
    const a = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : null;
    const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
    if (left?.type === 'identifier') names.set(left.text, a!);
  }
  if (isTrue(names.get('CORS_ALLOW_CREDENTIALS')?.childForFieldName('right') ?? undefined, ctx)) return;
  for (const key of ['CORS_ALLOW_ALL_ORIGINS', 'CORS_ORIGIN_ALLOW_ALL']) {
    const a = names.get(key);
    if (a && isTrue(a.childForFieldName('right') ?? undefined, ctx)) ctx.report(a, { message: `${key} = True: ${HOTSPOT}` });
  }
}

export const corsWildcard = defineRule({
  id: 'PY-CORS-WILDCARD-REVIEW',
  title: 'CORS open to every origin (without credentials)',
  cwe: [942],
  asvs: { '5.0.0': ['V3.4.2'], '4.0.3': ['V14.5.3'] },
  severity: 'low',
  confidence: 'medium',
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['cors'] }],
  docs: {
    what:
      'A hotspot for Access-Control-Allow-Origin: * set on a response, flask-cors CORS()/cross_origin() and Starlette/FastAPI ' +
      'CORSMiddleware open to every origin, and django-cors-headers CORS_ALLOW_ALL_ORIGINS — all without credentials (with ' +
      'credentials, the PY-CORS-*-ANY-ORIGIN vulnerabilities report).',
    why: 'Without cookies a foreign site reads only what any anonymous caller could, unless the server trusts where the request comes from (intranet, IP allowlists).',
    example: 'CORS(app)',
    fix: 'CORS(app, origins=["https://app.example.com"])  # or keep * for truly public, unauthenticated data',
    references: ['https://cwe.mitre.org/data/definitions/942.html', 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS'],
  },
  visit: {
    assignment: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkHeader(n, ctx);
    },
    pair: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkHeader(n, ctx);
    },
    call: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkCall(n, ctx);
    },
    module: (n, ctx) => {
      if (!isTestPath(ctx.path) && /(^|\/)settings(\/|\.py$|_)/.test(ctx.path)) checkSettings(n, ctx);
    },
  },
});
