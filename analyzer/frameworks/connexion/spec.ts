// An OpenAPI 3 or Swagger 2 document read as data (never executed, anchors and aliases bounded by
// the YAML parser): its operations, each with its operationId (and router controller), method, path
// and what connexion hands the handler. Parameters get a converter name: 'int' (integers, numbers,
// booleans, enums: no injection), 'json' (a JSON request body or object: attacker-shaped), or
// 'string'. Header and cookie parameters are not handler arguments.
import { parse } from 'yaml';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SpecOperation {
  /** Upper case, as the document's key spells it (`trace` too, which the inventory's methods leave out). */
  method: string;
  path: string;
  operationId: string;
  /** x-openapi-router-controller / x-swagger-router-controller: the module (or class) operationId is in. */
  controller: string | null;
  /** The dotted name connexion resolves: the controller's operationId, else the operationId. */
  handlerName: string;
  /** The path item and the operation object as the document holds them (for the inventory's security, schemas and types). */
  item: Obj;
  operation: Obj;
  params: Record<string, string>;
  /** The operation answers text/html: a string it returns is the HTML body. */
  html: boolean;
  /** Security requirements apply (the operation's own, else the document's), false when explicitly none. */
  security: boolean | null;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const MAX_OPERATIONS = 5000;

/** The parsed document, or null when the text is not an OpenAPI / Swagger document. */
export function readSpec(path: string, text: string): Obj | null {
  let doc: unknown;
  try {
    doc = path.endsWith('.json') ? JSON.parse(text) : parse(text, { maxAliasCount: 100, uniqueKeys: false });
  } catch {
    return null;
  }
  if (!isObj(doc) || !isObj(doc.paths) || (doc.openapi === undefined && doc.swagger === undefined)) return null;
  return doc;
}

/** `#/components/schemas/X` within the same document, a few hops deep; a reference elsewhere stays as it is. */
export function deref(doc: Obj, v: unknown, depth = 0): unknown {
  if (!isObj(v) || typeof v.$ref !== 'string' || !v.$ref.startsWith('#/') || depth > 8) return v;
  let cur: unknown = doc;
  for (const p of v.$ref.slice(2).split('/')) cur = isObj(cur) ? cur[p.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  return cur === undefined ? v : deref(doc, cur, depth + 1);
}

/** What a schema lets through. */
export function schemaConv(doc: Obj, s: unknown, depth = 0): string {
  const schema = deref(doc, s);
  if (!isObj(schema) || depth > 6) return 'string';
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return 'int';
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number' || type === 'boolean') return 'int';
  if (type === 'string' && (schema.format === 'uuid' || schema.format === 'date' || schema.format === 'date-time')) return 'int';
  if (type === 'array') return schemaConv(doc, schema.items, depth + 1) === 'int' ? 'int' : 'string';
  if (type === 'object' || isObj(schema.properties)) return 'json';
  // Swagger 2 `type: file` and OpenAPI 3 `format: binary`: an uploaded file (its filename is the client's).
  return 'string';
}

/** `user-id` is passed as user_id; connexion also snake-cases camelCase names (pythonic_params). */
const pythonic = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');
const snake = (name: string) => pythonic(name).replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function addParam(out: Record<string, string>, name: string, conv: string): void {
  out[pythonic(name)] = conv;
  out[snake(name)] ??= conv;
}

export function specOperations(doc: Obj): SpecOperation[] {
  const out: SpecOperation[] = [];
  const docSecurity = Array.isArray(doc.security) ? doc.security.length > 0 : null;
  const docProduces = Array.isArray(doc.produces) ? doc.produces : [];
  for (const [path, item0] of Object.entries(doc.paths as Obj)) {
    const item = deref(doc, item0);
    if (!isObj(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (!isObj(op) || typeof op.operationId !== 'string' || out.length >= MAX_OPERATIONS) continue;
      const params: Record<string, string> = {};
      for (const p0 of [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        const p = deref(doc, p0);
        if (!isObj(p) || typeof p.name !== 'string') continue;
        if (p.in === 'header' || p.in === 'cookie') continue;
        // Swagger 2 body: the JSON document, handed as `body` (or under its own name).
        if (p.in === 'body') {
          addParam(params, 'body', schemaConv(doc, p.schema) === 'int' ? 'int' : 'json');
          addParam(params, p.name, params['body']!);
          continue;
        }
        addParam(params, p.name, schemaConv(doc, p.schema ?? p));
      }
      const body = deref(doc, op.requestBody);
      if (isObj(body) && isObj(body.content)) {
        const bodyName = typeof body['x-body-name'] === 'string' ? body['x-body-name'] : 'body';
        for (const [type, media] of Object.entries(body.content)) {
          const schema = isObj(media) ? deref(doc, media.schema) : undefined;
          if (/form/.test(type) && isObj(schema) && isObj(schema.properties)) {
            // Form fields are separate arguments; the whole form is also the body.
            for (const [name, prop] of Object.entries(schema.properties)) addParam(params, name, schemaConv(doc, prop));
            addParam(params, bodyName, 'json');
          } else addParam(params, bodyName, schemaConv(doc, schema) === 'int' ? 'int' : 'json');
        }
      }
      const produces = [...(Array.isArray(op.produces) ? op.produces : docProduces)];
      for (const r of isObj(op.responses) ? Object.values(op.responses) : []) {
        const resp = deref(doc, r);
        if (isObj(resp) && isObj(resp.content)) produces.push(...Object.keys(resp.content));
      }
      const c = op['x-openapi-router-controller'] ?? item['x-openapi-router-controller'] ?? op['x-swagger-router-controller'] ?? item['x-swagger-router-controller'];
      const controller = typeof c === 'string' ? c : null;
      out.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        controller,
        handlerName: controller ? `${controller}.${op.operationId}` : op.operationId,
        item,
        operation: op,
        params,
        html: produces.some((t) => typeof t === 'string' && t.includes('html')),
        security: Array.isArray(op.security) ? op.security.length > 0 : docSecurity,
      });
    }
  }
  return out;
}
