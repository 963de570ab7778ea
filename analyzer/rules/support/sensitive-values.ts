// Whether an expression carries a sensitive value: a name, field or request key that says so
// (password, token, card_number …), followed back through local assignments, or a whole request
// body or header set. Hashing, masking and keeping only a property (len, a slice) stop the walk.
import type { SyntaxNode } from '../../rule.js';
import { expressionName, rootOf } from './expression-names.js';
import { findInValue, localDefs } from './local-flow.js';
import { stopsSensitiveValue } from './protecting-calls.js';
import { sensitiveKind, type SensitiveKind } from './sensitive-names.js';
import { stringLiteralText } from './string-literals.js';

function isLiteral(n: SyntaxNode): boolean {
  return ['string', 'integer', 'float', 'true', 'false', 'none'].includes(n.type) && !n.children.some((c) => c.type === 'interpolation');
}

// Attributes of a request that hold the whole body, all headers or all cookies.
const WHOLE_REQUEST = /^(self\.)?(request|req)\.(POST|body|data|form|json|values|headers|META|COOKIES|cookies|stream|environ)$|^(self\.)?\w*(serializer|form)\.(validated_data|initial_data|cleaned_data)$/;
const WHOLE_REQUEST_CALLS = /^(self\.)?(request|req)\.(get_json|get_data|body|json|form)$/;

function isNameLeaf(n: SyntaxNode): boolean {
  const parent = n.parent;
  if (n.type === 'identifier') {
    // The `password` of `user.password` is judged as the attribute; the callee of `get_token()` is not a value.
    if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === n.id) return false;
    if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.id === n.id) return false;
    if (parent?.type === 'call' && parent.childForFieldName('function')?.id === n.id) return false;
    return true;
  }
  if (n.type === 'attribute') return !(parent?.type === 'call' && parent.childForFieldName('function')?.id === n.id);
  return n.type === 'subscript' || n.type === 'call';
}

export interface SensitiveHit {
  node: SyntaxNode;
  /** The name that made it sensitive, or 'request' for a whole body/header set. */
  name: string;
  kind: SensitiveKind | 'request';
}

// Calls that keep the whole of what they are given: dict(request.headers), json.dumps(request.POST).
const KEEPS_ALL = /^(dict|str|repr|list|json\.dumps|pprint\.pformat|format|[\w.]+\.(format|decode|encode|strip|copy|items|dict|to_dict))$/;
// Methods of a body or header set that return all of it: `request.body.decode()`, `request.form.to_dict()`.
// (`items()` is how code walks the fields to redact some: it is judged as a field read.)
const WHOLE_METHODS = new Set(['decode', 'encode', 'strip', 'copy', 'dict', 'to_dict']);

// The raw bytes of a body: an upload's content, a document, an image. Written to a file they are the
// file the client sent, no evidence of a secret; logged, they are whatever the client typed.
// (`request.data` is not here: DRF's is the parsed form or JSON, Flask's the raw bytes.)
const RAW_BODY = /\.(body|stream|get_data)$/;

/**
 * A whole request body, header set or cookie jar, directly or through a plain alias (not through
 * forms or other calls). `fields`: only the parsed parts (form, JSON, headers, cookies) count.
 */
function wholeRequestIn(expr: SyntaxNode, fn: SyntaxNode | null, fields: boolean): SensitiveHit | null {
  let found: SensitiveHit | null = null;
  findInValue(expr, fn, {
    hops: 1,
    stop: (n) => n.type === 'call' && !KEEPS_ALL.test(n.childForFieldName('function')?.text ?? '') && !WHOLE_REQUEST_CALLS.test(n.childForFieldName('function')?.text ?? ''),
    hit: (n) => {
      const whole = (n.type === 'attribute' && WHOLE_REQUEST.test(n.text) && !isFieldRead(n)) || (n.type === 'call' && WHOLE_REQUEST_CALLS.test(n.childForFieldName('function')?.text ?? ''));
      if (whole && fields && RAW_BODY.test(n.type === 'call' ? (n.childForFieldName('function')?.text ?? '') : n.text)) return false;
      if (whole) {
        found = { node: n, name: n.text, kind: 'request' };
        return true;
      }
      return false;
    },
  });
  return found;
}

/** `wholeRequest`: a whole request body or header set counts ('fields': only its parsed parts, not raw bytes). */
export function sensitiveIn(expr: SyntaxNode, fn: SyntaxNode | null, accept: (kind: SensitiveKind, name: string) => boolean = () => true, wholeRequest: boolean | 'fields' = false): SensitiveHit | null {
  const whole = wholeRequest ? wholeRequestIn(expr, fn, wholeRequest === 'fields') : null;
  if (whole) return whole;
  let found: SensitiveHit | null = null;
  findInValue(expr, fn, {
    stop: (n) => stopsSensitiveValue(n) || isOpaqueCall(n) || isOtherField(n),
    hit: (n) => {
      // {"password": pw} / dict(password=pw): the key names what the value is.
      if (n.type === 'pair' || n.type === 'keyword_argument') {
        const key = n.type === 'pair' ? stringLiteralText(n.childForFieldName('key')) : (n.childForFieldName('name')?.text ?? null);
        const value = n.childForFieldName('value');
        const kind = key ? sensitiveKind(key) : null;
        if (key && kind && value && !isLiteral(value) && !stopsSensitiveValue(value) && accept(kind, key) && n.parent?.type !== 'argument_list') {
          found = { node: n, name: key, kind };
          return true;
        }
        if (key && kind && value && !isLiteral(value) && !stopsSensitiveValue(value) && accept(kind, key) && n.type === 'keyword_argument' && /^dict$/.test(n.parent?.parent?.childForFieldName('function')?.text ?? '')) {
          found = { node: n, name: key, kind };
          return true;
        }
        return false;
      }
      if (n.type === 'call' && MINTS_SECRET.test(n.childForFieldName('function')?.text ?? '')) {
        found = { node: n, name: n.childForFieldName('function')!.text, kind: 'secret' };
        return true;
      }
      const model = n.type === 'identifier' && fn ? sensitiveModelField(n, fn) : null;
      if (model) {
        found = { node: n, name: `${n.text}.${model}`, kind: sensitiveKind(model)! };
        return accept(found.kind as SensitiveKind, model);
      }
      if (!isNameLeaf(n)) return false;
      if (n.type === 'identifier' && fn && builtAsOtherObject(n.text, fn)) return false;
      const name = expressionName(n);
      const kind = name ? sensitiveKind(name) : null;
      if (!name || !kind || !accept(kind, name)) return false;
      found = { node: n, name, kind };
      return true;
    },
  });
  return found;
}

// Calls whose result is (or spells out) their input: str(x), f"{x}".format, x.strip(), json.dumps(x), ":".join(x).
const KEEPS_TEXT = /^(str|repr|format|bytes|dict|list|tuple|set|sorted|vars|asdict|dataclasses\.asdict|json\.dumps|pprint\.pformat|base64\.\w*encode|urllib\.parse\.quote\w*)$|\.(format|join|strip|lstrip|rstrip|lower|upper|encode|decode|replace|get|pop|getlist|copy|items|values|to_dict|dict|json|model_dump|model_dump_json|as_dict|serialize)$/;
// Calls that mint a secret: a fresh token, key or one-time code is a credential wherever it goes.
const MINTS_SECRET = /^(secrets\.(token_hex|token_urlsafe|token_bytes)|os\.urandom|Fernet\.generate_key|[\w.]*generate_(api_)?key|[\w.]*generate_private_key|pyotp\.random_base32)$/;

/**
 * `ds: Datasource` where the file's class Datasource declares `password: str`: the whole model
 * carries the password (a Pydantic body dumped to a file or a log).
 */
function sensitiveModelField(n: SyntaxNode, fn: SyntaxNode): string | null {
  const param = localDefs(fn).params.get(n.text);
  const type = param?.childForFieldName('type')?.text;
  if (!type || !/^[A-Z]\w*$/.test(type)) return null;
  for (const cls of rootOf(n).descendantsOfType('class_definition')) {
    if (cls.childForFieldName('name')?.text !== type) continue;
    for (const stmt of cls.childForFieldName('body')?.namedChildren ?? []) {
      const a = stmt.type === 'expression_statement' ? stmt.namedChildren[0] : null;
      const left = a?.type === 'assignment' ? a.childForFieldName('left') : null;
      if (left?.type === 'identifier' && a?.childForFieldName('type') && sensitiveKind(left.text)) return left.text;
    }
  }
  return null;
}

/**
 * `application_credential = sql.Table("application_credential", meta, …)`: a local whose every
 * assignment constructs an object of a class not named for a secret (a Table, a Form, a Column) is
 * that object; its own name describes what it is about, not a credential it holds.
 */
function builtAsOtherObject(name: string, fn: SyntaxNode): boolean {
  const values = localDefs(fn).values.get(name) ?? [];
  return (
    values.length > 0 &&
    values.every((v) => {
      if (v.type !== 'call') return false;
      const tail = (v.childForFieldName('function')?.text ?? '').split('.').pop() ?? '';
      return /^[A-Z][a-z]\w*$/.test(tail) && !sensitiveKind(tail);
    })
  );
}

/** A call that makes something else of its arguments (batch_delete(tokens) → a count): the walk stops there. */
function isOpaqueCall(n: SyntaxNode): boolean {
  if (n.type !== 'call') return false;
  const f = n.childForFieldName('function')?.text ?? '';
  return !KEEPS_TEXT.test(f) && !WHOLE_REQUEST_CALLS.test(f);
}

/** `credential["id"]`, `token.created_at`: a field whose own name is not sensitive; its container is not what is logged. */
function isOtherField(n: SyntaxNode): boolean {
  if (n.type !== 'subscript' && n.type !== 'attribute') return false;
  if (n.type === 'subscript' && !stringLiteralText(n.childForFieldName('subscript'))) return false;
  const name = expressionName(n);
  return !!name && !sensitiveKind(name) && !WHOLE_REQUEST.test(n.text);
}

/** `request.POST["username"]`, `request.headers.get("Accept")`: one field, judged by its own name. */
function isFieldRead(n: SyntaxNode): boolean {
  const p = n.parent;
  if (p?.type === 'subscript' && p.childForFieldName('value')?.id === n.id) return true;
  if (p?.type !== 'attribute' || p.childForFieldName('object')?.id !== n.id) return false;
  return !(WHOLE_METHODS.has(p.childForFieldName('attribute')?.text ?? '') && p.parent?.type === 'call');
}
