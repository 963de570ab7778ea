// The API hands every client the password hashes (or secrets) it should guard. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { enclosingFunction, nameWords } from '../support/names-of-values.js';
import { callTail } from '../support/local-flow.js';
import { baseNames, classAssignments, nestedClass } from '../support/classes.js';
import { handlerOf, isHelperOfView } from '../support/handlers.js';
import { keywordArgument, positionalArguments } from '../support/calls.js';
import { mentionsPassword } from '../support/security-names.js';
import { sensitiveKind } from '../support/sensitive-names.js';
import { stringLiteralText } from '../support/string-literals.js';
import { rootOf } from '../support/expression-names.js';
import { findInValue, localDefs } from '../support/local-flow.js';
import { isPropertyOf, isProtectingCall } from '../support/protecting-calls.js';
import { isTestPath } from '../support/test-paths.js';
import { functionId, functionTrait, projectCallee } from '../support/helper-calls.js';

const RESPONSE_CALLS = new Set(['JsonResponse', 'jsonify', 'Response', 'JSONResponse', 'make_response', 'HttpResponse', 'ORJSONResponse']);
const DUMPERS = new Set(['model_to_dict', 'vars']);
// Calls whose result carries their arguments into the response: builders, serialisers, formatting.
// Any other call (`manager.create(name, password=password)`, `api.user_create(…)`) makes something
// else: what it was given is not what is sent back.
const CARRYING_CALLS = new Set([...RESPONSE_CALLS, 'dict', 'list', 'tuple', 'sorted', 'dumps', 'jsonable_encoder', 'format', 'str', 'render_template', 'render', 'Markup', 'CreatedResponse']);
// An endpoint that issues credentials (an OAuth request/access token, an API token) returns the secret
// it just made to the client that asked for it: by design, to review, not a leak seen.
const ISSUING = /token|credential|api_?key|secret/i;
const ACCOUNT_NAMES = /(^|_)(user|users|account|accounts|member|customer|profile|admin)s?$/i;

/** A field that must never leave the server: passwords and their hashes, secrets, API keys, OTP seeds. */
function isSecretField(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1] ?? '';
  if (words.some((w) => ['change', 'changed', 'reset', 'set', 'new', 'confirm', 'forgot', 'form', 'field', 'widget', 'url', 'link', 'min', 'max', 'policy', 'has', 'is', 'usable', 'last', 'age', 'status', 'strength', 'score', 'enabled', 'required'].includes(w))) return false;
  if (mentionsPassword(name)) return !['reset', 'changed', 'updated', 'set', 'expired', 'expires', 'at', 'date', 'length', 'policy', 'required', 'url', 'link', 'enabled'].includes(last);
  if (['otp', 'totp', 'mfa', 'secret', 'seed'].some((w) => words.includes(w)) && ['secret', 'seed', 'key'].includes(last)) return true;
  const kind = sensitiveKind(name);
  return kind === 'payment' || kind === 'personal' || (kind === 'secret' && (words.includes('secret') || words.includes('private') || (words.includes('api') && last === 'key')));
}

function strings(node: SyntaxNode | undefined | null): string[] {
  if (!node) return [];
  const s = stringLiteralText(node);
  if (s !== null) return [s];
  return ['list', 'tuple', 'set'].includes(node.type) ? node.namedChildren.flatMap((c) => strings(c)) : [];
}

/** DRF: `fields = [..., "password"]` in a serializer's Meta without write_only for it. */
function checkSerializer(cls: SyntaxNode, ctx: RuleContext): void {
  if (!baseNames(cls, ctx).some((b) => /(Serializer|Schema)$/.test(b))) return;
  const meta = nestedClass(cls, 'Meta');
  if (!meta) return;
  const fieldsNode = classAssignments(meta).get('fields');
  const listed = strings(fieldsNode);
  const writeOnly = new Set<string>();
  const extra = classAssignments(meta).get('extra_kwargs');
  for (const pair of extra?.type === 'dictionary' ? extra.namedChildren : []) {
    if (pair.type === 'pair' && /write_only['"]?\s*:\s*True/.test(pair.childForFieldName('value')?.text ?? '')) writeOnly.add(stringLiteralText(pair.childForFieldName('key')) ?? '');
  }
  for (const [name, value] of classAssignments(cls)) if (/write_only\s*=\s*True/.test(value.text)) writeOnly.add(name);
  for (const w of strings(classAssignments(meta).get('write_only_fields'))) writeOnly.add(w);
  for (const w of strings(classAssignments(meta).get('load_only'))) writeOnly.add(w);
  for (const [name, value] of classAssignments(cls)) if (/load_only\s*=\s*True/.test(value.text)) writeOnly.add(name);
  const model = classAssignments(meta).get('model')?.text ?? '';
  const allOnAccount = fieldsNode && stringLiteralText(fieldsNode) === '__all__' && /(^|\.)(User|Account|Member|Customer)$|get_user_model\(\)/.test(model) && !writeOnly.has('password');
  if (allOnAccount) {
    const exclude = strings(classAssignments(meta).get('exclude'));
    if (!exclude.some((f) => mentionsPassword(f))) {
      ctx.report(fieldsNode, { message: `Serializer ${cls.childForFieldName('name')?.text ?? ''} returns every field of ${model}, the password hash included` });
      return;
    }
  }
  const exposed = listed.find((f) => isSecretField(f) && !writeOnly.has(f));
  if (exposed && fieldsNode) ctx.report(fieldsNode, { message: `Serializer ${cls.childForFieldName('name')?.text ?? ''} returns ${exposed} to clients: mark it write_only or drop it` });
}

/** A dict built for a response with a secret key or a secret field as value. */
function secretEntry(dict: SyntaxNode): string | null {
  for (const pair of dict.namedChildren) {
    if (pair.type !== 'pair') continue;
    const key = stringLiteralText(pair.childForFieldName('key'));
    const value = pair.childForFieldName('value');
    if (!value || value.type === 'string' || value.type === 'none' || value.type === 'true' || value.type === 'false') continue;
    // "client_secret": "••••" + c.secret[-4:]: a masked value is what the fix looks like.
    if (findInValue(value, null, { hit: (x) => isPropertyOf(x) || isProtectingCall(x) })) continue;
    if (key && isSecretField(key)) return key;
    const attr = value.type === 'attribute' ? value.childForFieldName('attribute')?.text : value.type === 'subscript' ? stringLiteralText(value.childForFieldName('subscript')) : null;
    if (attr && isSecretField(attr)) return attr;
  }
  return null;
}

/** exposedIn, following the response's local names back to what they were built from. */
function exposedThrough(expr: SyntaxNode, fn: SyntaxNode): string | null {
  const what = exposedIn(expr);
  if (what) return what;
  // `users = list(User.objects.values())` then `JsonResponse({"users": users})`
  for (const id of [expr, ...expr.descendantsOfType('identifier')]) {
    if (id.type !== 'identifier') continue;
    for (const v of localDefs(fn).values.get(id.text) ?? []) {
      const w = exposedIn(v);
      if (w) return w;
    }
  }
  return null;
}

function carries(call: SyntaxNode | null | undefined): boolean {
  return !!call && call.type === 'call' && CARRYING_CALLS.has(callTail(call));
}

/** The function, or the class it is a method of, is named for issuing credentials. */
function issuesCredentials(fn: SyntaxNode): boolean {
  if (ISSUING.test(fn.childForFieldName('name')?.text ?? '')) return true;
  for (let up = fn.parent; up; up = up.parent) {
    if (up.type === 'class_definition') return ISSUING.test(up.childForFieldName('name')?.text ?? '');
  }
  return false;
}

function exposedIn(expr: SyntaxNode): string | null {
  const stack = [expr];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'dictionary') {
      const e = secretEntry(n);
      if (e) return e;
    }
    // model_to_dict(user) / vars(user) / user.__dict__: every column, the password hash included.
    if (n.type === 'call' && DUMPERS.has(callTail(n))) {
      const arg = positionalArguments(n)[0];
      const fields = strings(keywordArgument(n, 'fields'));
      const exclude = strings(keywordArgument(n, 'exclude'));
      const all = !keywordArgument(n, 'fields') && !exclude.some((f) => mentionsPassword(f));
      if (arg && ACCOUNT_NAMES.test(arg.text.split('.').pop() ?? '') && (all || fields.some((f) => isSecretField(f)))) return `every field of ${arg.text}`;
    }
    // jsonify(password_hash=user.password_hash)
    if (n.type === 'keyword_argument' && carries(n.parent?.parent) && isSecretField(n.childForFieldName('name')?.text ?? '')) {
      const v = n.childForFieldName('value');
      if (v && !['string', 'none', 'true', 'false', 'integer'].includes(v.type)) return n.childForFieldName('name')!.text;
    }
    // User.objects.values(): every column; user.__table__.columns: every column of the row.
    if (n.type === 'call' && ['values', 'values_list'].includes(callTail(n)) && positionalArguments(n).length === 0 && /\b(User|Account|Member|Customer|get_user_model\(\))\b/.test(n.text)) return 'every column of the account table';
    if (n.type === 'attribute' && /__table__\.columns$/.test(n.text) && ACCOUNT_NAMES.test(n.text.split('.')[0] ?? '')) return `every column of ${n.text.split('.')[0]}`;
    // User.objects.values("username", "password"): the columns asked for are sent on.
    if (n.type === 'call' && ['values', 'values_list', 'only'].includes(callTail(n))) {
      const secret = positionalArguments(n).map((a) => stringLiteralText(a) ?? '').find((a) => a && isSecretField(a));
      if (secret) return secret;
    }
    if (n.type === 'attribute' && n.childForFieldName('attribute')?.text === '__dict__' && ACCOUNT_NAMES.test(n.childForFieldName('object')?.text.split('.').pop() ?? '')) return `every field of ${n.childForFieldName('object')!.text}`;
    if (n.type === 'lambda' || n.type === 'function_definition') continue;
    if (n.type === 'call' && !carries(n)) continue;
    stack.push(...n.namedChildren);
  }
  return null;
}

/** A helper that returns a secret (support/helper-calls.ts); a class that declares a secret field. */
const RETURNS_SECRET = 'secret-response:returns-secret';
const SECRET_FIELDS = 'secret-response:secret-fields';

/** `return {"api_secret": i.api_secret, …}` in a helper: callers that respond with its result send it. */
function noteHelperReturn(node: SyntaxNode, fn: SyntaxNode, ctx: RuleContext): void {
  const value = node.namedChildren[0];
  if (value && !issuesCredentials(fn) && exposedThrough(value, fn)) functionTrait(fn, ctx, RETURNS_SECRET);
}

/** The response is built by project helpers: whether they return a secret is their trait. */
function throughHelpers(node: SyntaxNode, value: SyntaxNode, fn: SyntaxNode, ctx: RuleContext): void {
  if (!ctx.reportThrough || issuesCredentials(fn)) return;
  for (const call of value.type === 'call' ? [value, ...value.descendantsOfType('call')] : value.descendantsOfType('call')) {
    const callee = carries(call) ? null : projectCallee(call, ctx);
    if (!callee) continue;
    ctx.reportThrough(node, { message: `Response includes what ${call.childForFieldName('function')?.text ?? 'a helper'}() returns, a secret among it: password hashes and secrets must never be sent to clients` }, { callee, trait: RETURNS_SECRET });
  }
}

/** The typed field of a class body that is a secret (`password_hash: str`). */
function secretFieldOf(cls: SyntaxNode): string | null {
  for (const stmt of cls.childForFieldName('body')?.namedChildren ?? []) {
    const a = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : null;
    const left = a?.type === 'assignment' && a.childForFieldName('type') ? a.childForFieldName('left') : null;
    if (left?.type === 'identifier' && isSecretField(left.text)) return left.text;
  }
  return null;
}

function checkResponse(node: SyntaxNode, ctx: RuleContext): void {
  const fn = enclosingFunction(node);
  if (!fn) return;
  let value: SyntaxNode | null | undefined;
  if (node.type === 'return_statement') {
    const h = handlerOf(fn, ctx);
    if (!h) noteHelperReturn(node, fn, ctx);
    if (!h || isHelperOfView(h)) return;
    value = node.namedChildren[0];
    if (value?.type === 'call' && RESPONSE_CALLS.has(callTail(value))) return;
  } else if (node.type === 'call' && RESPONSE_CALLS.has(callTail(node))) {
    for (let up = node.parent; up && up.type !== 'expression_statement' && up.type !== 'block'; up = up.parent) {
      if (up.type === 'call' && RESPONSE_CALLS.has(callTail(up))) return;
    }
    value = node.childForFieldName('arguments');
  }
  if (!value) return;
  const what = exposedThrough(value, fn);
  if (!what) return throughHelpers(node, value, fn, ctx);
  if (!mentionsPassword(what) && issuesCredentials(fn)) {
    ctx.report(node, { kind: 'hotspot', message: `A credential-issuing endpoint returns ${what}: check it goes only to the authenticated client it was issued to, once` });
    return;
  }
  ctx.report(node, { message: `Response includes ${what}: password hashes and secrets must never be sent to clients` });
}

/** FastAPI: `response_model=UserInDB` where the file's UserInDB declares a secret field. */
function checkResponseModel(node: SyntaxNode, ctx: RuleContext): void {
  if (node.type !== 'keyword_argument' || node.childForFieldName('name')?.text !== 'response_model') return;
  if (node.parent?.parent?.parent?.type !== 'decorator') return;
  const value = node.childForFieldName('value');
  const model = value?.text.replace(/^(list|List)\[(\w+)\]$/, '$2');
  if (!model || !value) return;
  let local = false;
  for (const cls of rootOf(node).descendantsOfType('class_definition')) {
    if (cls.childForFieldName('name')?.text !== model) continue;
    local = true;
    const field = secretFieldOf(cls);
    if (field) {
      ctx.report(node, { message: `Response model ${model} includes ${field}: every response sends it` });
      return;
    }
  }
  // A model imported from another module (schemas.py): its own fields decide, once the project is known.
  const named = value.type === 'subscript' ? value.namedChildren[1] : value;
  const q = !local && named && (named.type === 'identifier' || named.type === 'attribute') ? ctx.names.qualifiedName(named) : null;
  if (q && ctx.reportThrough) ctx.reportThrough(node, { message: `Response model ${model} includes a secret field: every response sends it` }, { callee: q, trait: SECRET_FIELDS });
}

/** A class with a typed secret field, for response models in other modules. */
function noteSecretFields(cls: SyntaxNode, ctx: RuleContext): void {
  const id = ctx.trait && secretFieldOf(cls) ? functionId(cls, ctx) : null;
  if (id) ctx.trait!(id, SECRET_FIELDS);
}

export const secretInResponse = defineRule({
  id: 'PY-DATA-SECRET-IN-RESPONSE',
  title: 'Password hash or secret returned in a response',
  cwe: [200],
  asvs: { '5.0.0': ['V14.2.6'], '4.0.3': [] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds password fields, password hashes, secrets, API keys, OTP seeds and card data sent back to clients: listed in a DRF ' +
      'serializer\'s Meta.fields without write_only, put in a dict that a view returns or passes to JsonResponse/jsonify/Response, ' +
      'or a whole account object serialized with model_to_dict(), vars() or __dict__. Arguments of calls that make something else ' +
      "(an API client's create(password=…)) are not the response. A token or credential endpoint returning the secret it issues is a hotspot.",
    why: 'A leaked hash is cracked offline at leisure; a leaked secret or API key works at once.',
    example: 'return jsonify({"id": user.id, "email": user.email, "password": user.password})',
    fix: 'Return only the fields the client needs; in DRF: extra_kwargs = {"password": {"write_only": True}}.',
    references: ['https://cwe.mitre.org/data/definitions/200.html', 'https://owasp.org/API-Security/editions/2023/en/0xa3-broken-object-property-level-authorization/'],
  },
  visit: {
    class_definition: (n, ctx) => {
      if (isTestPath(ctx.path)) return;
      checkSerializer(n, ctx);
      noteSecretFields(n, ctx);
    },
    return_statement: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkResponse(n, ctx);
    },
    call: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkResponse(n, ctx);
    },
    keyword_argument: (n, ctx) => {
      if (!isTestPath(ctx.path)) checkResponseModel(n, ctx);
    },
  },
});
