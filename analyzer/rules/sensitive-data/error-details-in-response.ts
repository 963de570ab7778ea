// Exception text tells an attacker the query, the path, the library and its version. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { enclosingFunction } from '../support/names-of-values.js';
import { callTail, findInValue, localDefs } from '../support/local-flow.js';
import { handlerOf, isHelperOfView } from '../support/handlers.js';
import { decoratorsOf } from '../support/classes.js';
import { frameworkErrorHandler } from '../support/error-handlers.js';
import { calleeName } from '../support/calls.js';
import { isTestPath } from '../support/test-paths.js';
import { memoByNode } from '../support/node-memo.js';
import { machineAuthentication } from '../support/machine-auth.js';
import { argumentSlots, helperTrait, projectCallee, reportThroughCall } from '../support/helper-calls.js';

/** What a helper does with an exception it is given (support/helper-calls.ts). */
const SHOWS_ERROR = 'error-details:shows';

// Response constructors and calls whose text reaches the client.
const RESPONSE_CALLS = new Set([
  'HttpResponse', 'HttpResponseBadRequest', 'HttpResponseServerError', 'HttpResponseForbidden', 'JsonResponse', 'jsonify', 'make_response',
  'Response', 'JSONResponse', 'PlainTextResponse', 'HTMLResponse', 'ORJSONResponse', 'UJSONResponse', 'HTTPException', 'abort',
  'render', 'render_template', 'render_to_response', 'render_template_string', 'TemplateResponse', 'flash', 'APIException', 'technical_500_response',
  'json_response',
]);
// Handlers that write the body through themselves rather than return it: Tornado's self.write / finish,
// http.server's self.wfile.write.
const SELF_WRITERS = /^self\.(?:write|finish|wfile\.write)$/;

function respondsWith(call: SyntaxNode): boolean {
  return RESPONSE_CALLS.has(callTail(call)) || SELF_WRITERS.test(call.childForFieldName('function')?.text ?? '');
}
const TRACEBACK = /^traceback\.(format_exc|format_exception|format_tb|format_stack|format_exception_only|extract_tb)$|^sys\.exc_info$/;
// Exceptions that exist to be shown to the client: validation and "not found" messages written for users.
const USER_FACING = /(Validation|Invalid\w*Input|NotFound|DoesNotExist|Http404|PermissionDenied|FormError|UserError|ClientError|BadRequest|APIException|HTTPException|ParseError|NotAuthenticated|AuthenticationFailed|Throttled|Conflict|Response)/;
// Exceptions whose text is written by the runtime, a database driver or a library about its internals.
// Project-defined exceptions (PostingFailed, OutOfStock) carry messages written for users: not reported.
const INTERNAL = /^(\(?\s*)?([\w.]*\.)?(Exception|BaseException|ValueError|KeyError|TypeError|AttributeError|IndexError|LookupError|RuntimeError|OSError|IOError|EnvironmentError|FileNotFoundError|PermissionError|ZeroDivisionError|ArithmeticError|AssertionError|NameError|UnicodeError|UnicodeDecodeError|ImportError|NotImplementedError|ConnectionError|TimeoutError|Error|DatabaseError|IntegrityError|OperationalError|ProgrammingError|DataError|InterfaceError|InternalError|SQLAlchemyError|NoResultFound|RequestException|HTTPError|ConnectTimeout|ReadTimeout|CalledProcessError|SubprocessError|JSONDecodeError|ClientResponseError|SMTPException|BotoCoreError|ClientError)\b/;
// What of an exception is meant for the client, or says nothing about the internals.
const SAFE_ATTRS = new Set(['detail', 'messages', 'message_dict', 'error_dict', 'status_code', 'code', 'status', 'errno', '__name__', 'name', 'description', 'response', 'msg', 'reason']);
// Calls whose result is (or formats) the text of their arguments; any other call builds something else from it.
const TEXT_CALLS = /^(str|repr|format|f|dict|list|tuple|json\.dumps|json_dumps|jsonify|_|gettext|ugettext|[\w.]+\.format|[\w.'"]+\.join|escape|.+\.encode)$/;

/**
 * Two handlers may bind the same name (`except http_errors as e` … `except Exception as e`): inside an
 * except clause, its own binding decides; elsewhere the function-wide judgement stands.
 */
function clauseScoped(names: Map<string, string>, node: SyntaxNode, fn: SyntaxNode): Map<string, string> {
  for (let cur = node.parent; cur && cur.id !== fn.id; cur = cur.parent) {
    if (cur.type !== 'except_clause') continue;
    const as = cur.namedChildren.find((c) => c.type === 'as_pattern');
    const alias = as?.childForFieldName('alias')?.namedChildren[0]?.text;
    if (!alias) continue;
    const scoped = new Map(names);
    const type = as!.namedChildren[0]?.text ?? '';
    if (judgedInternal(type) && !parsesOnly(cur)) scoped.set(alias, type);
    else scoped.delete(alias);
    return scoped;
  }
  return names;
}

// Parsers of the client's own text: their ValueError says where the client's input is malformed.
const PARSE_CALL = /^(loads|load_json|parse|int|float|Decimal|UUID|fromisoformat|strptime|b64decode|urlsafe_b64decode|parse_qs|literal_eval)$/;

/**
 * `try: data = json.loads(request.body)` / `except ValueError as e: return … % e`: the message is the
 * parser's about the client's own input (an offset, an unexpected character), not the server's internals.
 */
function parsesOnly(clause: SyntaxNode): boolean {
  const body = clause.parent?.type === 'try_statement' ? clause.parent.childForFieldName('body') : null;
  if (!body || body.namedChildren.length !== 1) return false;
  const calls = body.descendantsOfType('call');
  return calls.length > 0 && PARSE_CALL.test(callTail(calls[0]!)) && calls.every((c) => PARSE_CALL.test(callTail(c)) || /^(request|self\.request)\./.test(c.text) || callTail(c) === 'decode');
}

function judgedInternal(type: string): boolean {
  const types = type.replace(/^\(|\)$/g, '').split(',').map((t) => t.trim());
  // asyncpg.PostgresError, psycopg2.errors.UniqueViolation: a library's exception describes its internals.
  const internal = type === '' || types.some((t) => INTERNAL.test(t) || /^[a-z_][\w]*(\.\w+)*\.\w*(Error|Exception)$/.test(t));
  return internal && !types.every((t) => USER_FACING.test(t));
}

/**
 * Per function, what every return, call and assignment in it asks again (never modify names).
 * Keyed by the node object: the compact tree keeps one per node (tree-sitter's own nodes just miss).
 */
const perFunction = new WeakMap<SyntaxNode, { names: Map<string, string>; formatsTraceback: boolean }>();

function functionFacts(fn: SyntaxNode, ctx: RuleContext): { names: Map<string, string>; formatsTraceback: boolean } {
  let facts = perFunction.get(fn);
  if (!facts) perFunction.set(fn, (facts = { names: exceptionNames(fn, ctx), formatsTraceback: /\btraceback\.format_/.test(fn.text) }));
  return facts;
}

/** Names bound to an exception: `except E as e`, an error handler's exception parameter. */
function exceptionNames(fn: SyntaxNode, ctx: RuleContext): Map<string, string> {
  const names = new Map(localDefs(fn).exceptionNames);
  const h = handlerOf(fn, ctx);
  const registered = frameworkErrorHandler(fn, ctx);
  if (registered?.exception) {
    // A status handler for 4xx renders a fixed client-error page; for 5xx (or an exception class) the failure itself.
    const type = /^5\d\d$/.test(registered.type) || registered.type === '' ? 'Exception' : registered.type;
    if (!/^4\d\d$/.test(type)) names.set(registered.exception, type);
  }
  const isErrorHandler = !registered && h?.kind === 'error-handler' || decoratorsOf(fn, ctx).some((d) => /(errorhandler|exception_handler)/.test(d.node.text));
  if (isErrorHandler) {
    const params = [...localDefs(fn).params.keys()].filter((p) => p !== 'self' && p !== 'request');
    const last = params[params.length - 1];
    const deco = decoratorsOf(fn, ctx).find((d) => /(errorhandler|exception_handler)/.test(d.node.text));
    const arg = deco?.call?.childForFieldName('arguments')?.namedChildren[0]?.text ?? '';
    // 404/400 handlers render NotFound/BadRequest, whose text is a fixed user-facing sentence.
    if (last && !/^(4\d\d|NotFound|BadRequest|Forbidden|Unauthorized|MethodNotAllowed|RequestValidationError|ValidationError|HTTPException)/.test(arg.replace(/^\w+\./, ''))) {
      names.set(last, arg || 'Exception');
    }
  }
  // Bare `except:` and error handlers with no declared type catch everything: internal errors included.
  for (const [name, type] of [...names]) if (!judgedInternal(type)) names.delete(name);
  return names;
}

function exceptionText(expr: SyntaxNode, fn: SyntaxNode, ctx: RuleContext, names: Map<string, string>): SyntaxNode | null {
  const exceptionTextIn = (n: SyntaxNode | null | undefined): boolean => !!n && !!exceptionText(n, fn, ctx, names);
  return findInValue(expr, fn, {
    stop: (n) => {
      // `traceback.format_exc() if settings.DEBUG else "Internal Server Error"`: the debug branch is not production.
      if (n.type === 'conditional_expression' && /DEBUG/.test(n.namedChildren[1]?.text ?? '')) return !exceptionTextIn(n.namedChildren[2]);
      if (n.type === 'attribute' && SAFE_ATTRS.has(n.childForFieldName('attribute')?.text ?? '')) return true;
      if (n.type === 'call' && /^(type|isinstance|len|bool|id|hasattr)$/.test(n.childForFieldName('function')?.text ?? '')) return true;
      // A project helper given the exception (render_error(request, exception=e)) decides what to show.
      if (n.type === 'call' && !TRACEBACK.test(calleeName(n, ctx) ?? '')) return !TEXT_CALLS.test(n.childForFieldName('function')?.text ?? '') && !respondsWith(n);
      return false;
    },
    hit: (n) => {
      if (n.type === 'identifier' && names.has(n.text)) {
        const p = n.parent;
        return !(p?.type === 'attribute' && p.childForFieldName('attribute')?.id === n.id);
      }
      return n.type === 'call' && TRACEBACK.test(calleeName(n, ctx) ?? '');
    },
  });
}

/** Inside `if settings.DEBUG:` (or `if DEBUG`): shown to developers only. */
function underDebug(node: SyntaxNode, fn: SyntaxNode): boolean {
  for (let cur = node.parent; cur && cur.id !== fn.id; cur = cur.parent) {
    if (cur.type === 'if_statement' && /\bDEBUG\b/.test(cur.childForFieldName('condition')?.text ?? '')) {
      const cons = cur.childForFieldName('consequence');
      if (cons && node.startIndex >= cons.startIndex && node.endIndex <= cons.endIndex) return true;
    }
  }
  return false;
}

/** A helper's parameters that hold the exception it is given: `exc: BaseException`, `error`. */
function exceptionParams(fn: SyntaxNode): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    const id = p.type === 'identifier' ? p : (p.childForFieldName('name') ?? p.namedChildren.find((c) => c.type === 'identifier'));
    if (!id || id.type !== 'identifier') continue;
    const type = p.childForFieldName('type')?.text ?? '';
    if (type ? /(Exception|Error)\b/.test(type) && judgedInternal(type) : /^(exc|exception|error|err|ex|e)$/.test(id.text)) out.set(id.text, type || 'Exception');
  }
  return out;
}

/** In a helper (not a view): which exception parameters its responses or return value show. */
const helperParams = memoByNode(exceptionParams);

function noteHelper(node: SyntaxNode, fn: SyntaxNode, ctx: RuleContext): void {
  const params = helperParams(fn);
  if (params.size === 0) return;
  let carriers: SyntaxNode[];
  if (node.type === 'return_statement') carriers = node.namedChildren.slice(0, 1);
  else if (respondsWith(node)) carriers = node.childForFieldName('arguments')?.namedChildren ?? [];
  else return;
  for (const [name, type] of params) {
    if (carriers.some((c) => exceptionText(c, fn, ctx, new Map([[name, type]])))) helperTrait(fn, ctx, SHOWS_ERROR, name);
  }
}

/** `return error_response(exc)`: a project helper given the exception; it shows it if its trait says so. */
function throughHelpers(carrier: SyntaxNode, ctx: RuleContext, names: Map<string, string>): void {
  const calls = carrier.type === 'call' ? [carrier, ...carrier.descendantsOfType('call')] : carrier.descendantsOfType('call');
  for (const call of calls) {
    if (TEXT_CALLS.test(call.childForFieldName('function')?.text ?? '') || respondsWith(call) || !projectCallee(call, ctx)) continue;
    const arg = argumentSlots(call).find((a) => a.value.type === 'identifier' && names.has(a.value.text));
    if (arg) reportThroughCall(call, arg.value, ctx, SHOWS_ERROR, { message: `Exception details (${arg.value.text}) reach the response through ${call.childForFieldName('function')?.text ?? 'a helper'}(): return a generic message and log the details` });
  }
}

function check(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  if (node.type === 'assignment' && node.childForFieldName('left')?.type !== 'attribute') return;
  const fn = enclosingFunction(node);
  if (!fn || underDebug(node, fn)) return;
  if (!handlerOf(fn, ctx)) noteHelper(node, fn, ctx);
  const facts = functionFacts(fn, ctx);
  const names = clauseScoped(facts.names, node, fn);
  // The traceback is often formatted into a variable first (`body = "".join(traceback.format_exception(…))`).
  if (names.size === 0 && !/traceback|exc_info/.test(node.text) && !facts.formatsTraceback) return;
  let carriers: SyntaxNode[] = [];
  if (node.type === 'return_statement') {
    const h = handlerOf(fn, ctx);
    if (!h || isHelperOfView(h)) return;
    const v = node.namedChildren[0];
    if (!v) return;
    // Returned response objects are judged at their constructor call.
    if (v.type === 'call' && respondsWith(v)) return;
    // `return exc` hands the exception back to the framework (Flask renders an HTTPException's own page): no text of it is written here.
    if (v.type === 'identifier' && names.has(v.text)) return;
    carriers = [v];
  } else if (node.type === 'call') {
    if (!respondsWith(node)) return;
    // make_response(jsonify(error=str(e))): the outermost response call speaks for the line.
    for (let up = node.parent; up && up.type !== 'expression_statement' && up.type !== 'block'; up = up.parent) {
      if (up.type === 'call' && respondsWith(up)) return;
    }
    carriers = node.childForFieldName('arguments')?.namedChildren ?? [];
    // render(request, "t.html", ctx) and render_template("t.html", **ctx): the template name is not the payload.
    carriers = carriers.filter((a) => !(a.type === 'keyword_argument' && ['status', 'status_code', 'code', 'template_name', 'content_type', 'mimetype', 'headers'].includes(a.childForFieldName('name')?.text ?? '')));
  } else if (node.type === 'assignment') {
    // Falcon's error handler answers with what it sets on its resp parameter.
    const body = frameworkErrorHandler(fn, ctx)?.responseBody;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if (!body || left?.type !== 'attribute' || left.childForFieldName('object')?.text !== body.name || !right) return;
    if (!body.attrs.includes(left.childForFieldName('attribute')?.text ?? '')) return;
    carriers = [right];
  } else return;
  for (const c of carriers) {
    const hit = exceptionText(c, fn, ctx, names);
    if (!hit) {
      if (names.size > 0 && !machineAuthentication(fn, ctx)) throughHelpers(c, ctx, names);
      continue;
    }
    const machine = machineAuthentication(fn, ctx);
    if (machine) {
      // A key-authenticated machine API answers the service that called it, not an anonymous browser.
      ctx.report(node, { kind: 'hotspot', message: `Exception details (${hit.text.slice(0, 40)}) reach the response of an endpoint authenticated by ${machine}: check only the trusted caller sees them` });
      return;
    }
    ctx.report(node, { message: `Exception details (${hit.text.slice(0, 40)}) reach the response: return a generic message and log the details` });
    return;
  }
}

export const errorDetailsInResponse = defineRule({
  id: 'PY-DATA-ERROR-DETAILS',
  title: 'Exception details returned to the client',
  cwe: [209],
  asvs: { '5.0.0': ['V16.5.1'], '4.0.3': ['V7.4.1'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds exception text — str(e), repr(e), f"{e}", e.args, traceback.format_exc() — reaching a response: returned from a ' +
      'view or error handler (Flask\'s errorhandler, Bottle\'s @app.error, a Falcon or connexion add_error_handler function — Falcon\'s answering through resp.media / text —, a Flask-RESTful Api subclass\'s handle_error), or passed to HttpResponse, JsonResponse, jsonify, Response, HTTPException(detail=…), abort(), ' +
      'render(), flash() or aiohttp\'s json_response, or written by a Tornado or http.server handler itself (self.write, self.finish, self.wfile.write). Validation and not-found exceptions meant for the user, and their .detail, are not reported, nor the ' +
      "parse error of the client's own input (a try that only parses request data). Machine APIs authenticated by a key or token are hotspots.",
    why: 'Database errors, file paths, stack traces and library versions map the application for an attacker and can leak data.',
    example: 'except Exception as e:\n    return jsonify({"error": str(e)}), 500',
    fix: 'except Exception:\n    logger.exception("order failed")\n    return jsonify({"error": "internal error"}), 500',
    byFramework: {
      django: { example: "except Exception as e:\n    return JsonResponse({\"error\": str(e)}, status=500)", fix: "except Exception:\n    logger.exception(\"order failed\")\n    return JsonResponse({\"error\": \"internal error\"}, status=500)" },
      fastapi: { example: "except Exception as e:\n    raise HTTPException(500, detail=str(e))", fix: "except Exception:\n    logger.exception(\"order failed\")\n    raise HTTPException(500, detail=\"internal error\")" },
    },
    references: ['https://cwe.mitre.org/data/definitions/209.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Error_Handling_Cheat_Sheet.html'],
  },
  visit: { return_statement: check, call: check, assignment: check },
});
