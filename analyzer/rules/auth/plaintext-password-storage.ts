// A password written to a model field, a document or an SQL row as received. (vulnerability)
import { defineRule } from '../../rule.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { keywordArgument, positionalArguments } from '../support/calls.js';
import { enclosingClass, enclosingFunction, nameWords } from '../support/names-of-values.js';
import { baseNames } from '../support/classes.js';
import { callTail } from '../support/local-flow.js';
import { isHashedValue, isNotAPassword, isPasswordField, sqlTextOf, storesPasswordSql } from '../support/password-values.js';
import { stringLiteralText } from '../support/string-literals.js';
import { isTestPath } from '../support/test-paths.js';
import { helperTrait, parameterSlots, projectCallee, reportThroughCall } from '../support/helper-calls.js';
import { expressionName } from '../support/expression-names.js';
import { isPasswordName } from '../support/secret-names.js';
import { memoByName } from '../support/name-memo.js';
import { PROJECT_WIDE } from '../../taint/through.js';

/**
 * A class of the project defines this password attribute as a property whose setter hashes
 * (keystone's `User.password`): assigning the attribute stores a hash, whatever the value.
 */
const HASHING_SETTER = (field: string) => `password-storage:hashing-setter:${field}`;
const HASHER_CALL = /(hash|crypt|pbkdf2|scrypt|argon|make_password|set_password)/i;

function noteHashingSetter(node: SyntaxNode, ctx: RuleContext): void {
  const def = node.childForFieldName('definition');
  if (def?.type !== 'function_definition' || !ctx.trait) return;
  const setter = node.namedChildren.map((d) => /^@\s*(\w+)\.setter$/.exec(d.text)?.[1]).find((n) => n !== undefined);
  if (!setter || !isPasswordField(setter) || def.childForFieldName('name')?.text !== setter) return;
  if (def.descendantsOfType('call').some((c) => HASHER_CALL.test(c.childForFieldName('function')?.text ?? ''))) ctx.trait(PROJECT_WIDE, HASHING_SETTER(setter));
}

/** A function that stores a parameter as given in a saved model field (support/helper-calls.ts). */
const STORES_VERBATIM = 'password-storage:stores';

/** `subscriber.secret = raw_password` then `subscriber.save()`: the parameter is stored as received. */
function noteStoredParameter(node: SyntaxNode, ctx: RuleContext): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left?.type !== 'attribute' || right?.type !== 'identifier') return;
  const obj = left.childForFieldName('object');
  const fn = enclosingFunction(node);
  if (!fn || obj?.type !== 'identifier' || obj.text === 'self' || obj.text === 'cls') return;
  if (!parameterSlots(fn).some((p) => p.name === right.text)) return;
  const saved = fn.descendantsOfType('call').some((c) => c.startIndex > node.startIndex && c.childForFieldName('function')?.text === `${obj.text}.save`);
  if (saved) helperTrait(fn, ctx, STORES_VERBATIM, right.text);
}

/** A password handed to a project helper that stores that parameter as it is. */
function checkHelperCall(node: SyntaxNode, ctx: RuleContext): void {
  if (!projectCallee(node, ctx)) return;
  const fn = enclosingFunction(node);
  for (const a of node.childForFieldName('arguments')?.namedChildren ?? []) {
    const v = a.type === 'keyword_argument' ? a.childForFieldName('value') : a;
    if (!v || !isPasswordName(expressionName(v) ?? '') || isNotAPassword(v, ctx) || isHashedValue(v, fn)) continue;
    reportThroughCall(node, v, ctx, STORES_VERBATIM, { message: `Password stored in plain text by ${node.childForFieldName('function')?.text ?? 'a helper'}(), which saves ${v.text} as given: hash it with a password hasher first` });
  }
}

// Classes whose instances are stored accounts (by name): User(...), Account(...), Customer(...).
const ACCOUNT_WORDS = new Set(['user', 'users', 'account', 'member', 'customer', 'admin', 'employee', 'person', 'profile', 'staff', 'student', 'patient', 'owner', 'player', 'subscriber']);
const NOT_STORAGE_SUFFIX = new Set(['form', 'serializer', 'schema', 'create', 'in', 'request', 'credentials', 'login', 'params', 'payload', 'base', 'config', 'settings', 'client', 'connection', 'session', 'data', 'input', 'dto', 'update', 'auth']);
const CREATE_METHODS = new Set(['create', 'get_or_create', 'update_or_create', 'insert', 'insert_one', 'insert_many', 'update_one', 'update_many', 'replace_one', 'put_item', 'save']);
const MODEL_BASE = /(^|\.)(Model|Base|SQLModel|Document|DynamicDocument|AbstractBaseUser|AbstractUser|DeclarativeBase)$|db\.Model$/;

/** Per callee text: every call of a file asks, and the same few names recur. */
const accountClassName = memoByName((text) => readsAsAccountClass(text));

function isAccountClassName(text: string): boolean {
  // Most callees are lowercase functions and methods: answered before hashing the text for the table.
  const c = text.charCodeAt(text.lastIndexOf('.') + 1);
  return c >= 65 && c <= 90 && accountClassName(text);
}

function readsAsAccountClass(text: string): boolean {
  const last = text.split('.').pop() ?? '';
  if (!/^[A-Z]/.test(last)) return false;
  const words = nameWords(last);
  if (NOT_STORAGE_SUFFIX.has(words[words.length - 1]!)) return false;
  return words.some((w) => ACCOUNT_WORDS.has(w));
}

/** `self._get_random_password()`: a project call whose result the rule cannot judge (not a request or form read). */
function isOpaqueCall(value: SyntaxNode): boolean {
  if (value.type !== 'call') return false;
  return !/^(self\.)?(request|req|form|data|serializer|body|payload|json)\b|\.(get|pop|getlist|get_json)$/.test(value.childForFieldName('function')?.text ?? '');
}

const plainMessage = (where: string) => `Password stored in plain text ${where}: hash it with a password hasher first`;

function report(ctx: RuleContext, node: SyntaxNode, where: string): void {
  ctx.report(node, { message: plainMessage(where) });
}

function isSerializerClass(cls: SyntaxNode, ctx: RuleContext): boolean {
  return baseNames(cls, ctx).some((b) => /Serializer$/.test(b));
}

/** `instance.password = …` in a DRF serializer's update(): `instance` is the model row the serializer saves. */
function isSerializedInstance(node: SyntaxNode, obj: SyntaxNode | null, ctx: RuleContext): boolean {
  const fn = enclosingFunction(node);
  if (obj?.text !== 'instance' || fn?.childForFieldName('name')?.text !== 'update') return false;
  const cls = enclosingClass(fn);
  return !!cls && isSerializerClass(cls, ctx);
}

/** `user.password = new_password`, `self.password = password` in a model. */
function checkAssignment(node: SyntaxNode, ctx: RuleContext): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right || left.type !== 'attribute') return;
  const field = left.childForFieldName('attribute')?.text ?? null;
  // `self._password = raw_password` (Django keeps it in memory for validators): private, not stored.
  if (!isPasswordField(field) || field!.startsWith('_')) return;
  const obj = left.childForFieldName('object');
  if (obj?.text === 'self' || obj?.text === 'cls') {
    const cls = enclosingClass(node);
    if (!cls || !baseNames(cls, ctx).some((b) => MODEL_BASE.test(b))) return;
  } else if (!nameWords(obj?.text.split('.').pop() ?? '').some((w) => ACCOUNT_WORDS.has(w) || w === 'u' || w === 'new') && !isSerializedInstance(node, obj, ctx)) {
    // settings.LDAP_BASE_PASS = password, self.bootstrapper.admin_password = …: a value kept in memory, not an account row.
    return;
  }
  const fn = enclosingFunction(node);
  if (isNotAPassword(right, ctx) || isHashedValue(right, fn) || isOpaqueCall(right)) return;
  const message = plainMessage(`in ${left.text}`);
  // The object's class is rarely known here: a hashing setter of that name anywhere in the project answers for it.
  if (ctx.reportThrough) ctx.reportThrough(node, { message }, { callee: PROJECT_WIDE, trait: HASHING_SETTER(field!), lacks: true });
  else ctx.report(node, { message });
}

function plainKeyword(call: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  const fn = enclosingFunction(call);
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (a.type !== 'keyword_argument') continue;
    const name = a.childForFieldName('name')?.text ?? null;
    const value = a.childForFieldName('value');
    if (!value || !isPasswordField(name)) continue;
    if (!isNotAPassword(value, ctx) && !isHashedValue(value, fn)) return a;
  }
  return null;
}

/** `{"username": u, "password": pw}` stored as a document. */
function plainDictEntry(dict: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  if (dict.type !== 'dictionary') return null;
  const fn = enclosingFunction(dict);
  for (const pair of dict.namedChildren) {
    if (pair.type !== 'pair') continue;
    const key = stringLiteralText(pair.childForFieldName('key'));
    const value = pair.childForFieldName('value');
    if (value?.type === 'dictionary') {
      const inner = plainDictEntry(value, ctx);
      if (inner) return inner;
    }
    if (!value || !isPasswordField(key)) continue;
    if (!isNotAPassword(value, ctx) && !isHashedValue(value, fn)) return pair;
  }
  return null;
}

function checkCall(node: SyntaxNode, ctx: RuleContext): void {
  const f = node.childForFieldName('function');
  if (!f) return;
  const tail = callTail(node);
  const receiver = f.type === 'attribute' ? (f.childForFieldName('object')?.text ?? '') : '';
  // User(username=u, password=pw) or User.objects.create(…, password=pw) — create_user hashes.
  if ((CREATE_METHODS.has(tail) || isAccountClassName(f.text)) && tail !== 'create_user') checkSerializerCreate(node, ctx);
  if (isAccountClassName(f.text) || (CREATE_METHODS.has(tail) && /(^|\.)(objects|[A-Z]\w*)$/.test(receiver) && isAccountClassName(receiver.replace(/\.objects$/, '')))) {
    const kw = plainKeyword(node, ctx);
    if (kw) return report(ctx, kw, `by ${f.text}()`);
  }
  if (CREATE_METHODS.has(tail) || tail === 'set' || tail === 'hset') {
    for (const a of positionalArguments(node)) {
      const entry = plainDictEntry(a, ctx);
      if (entry) return report(ctx, entry, `in the document given to ${f.text}()`);
    }
  }
  if (tail === 'execute' || tail === 'executemany') {
    const fn = enclosingFunction(node);
    const sql = sqlTextOf(positionalArguments(node)[0] ?? keywordArgument(node, 'sql'), fn);
    if (!sql || !storesPasswordSql(sql)) return;
    const params = positionalArguments(node)[1];
    const values = params ? (['tuple', 'list'].includes(params.type) ? params.namedChildren : [params]) : [];
    const carriers = [positionalArguments(node)[0]!, ...values];
    const plain = carriers.some((v) => v && !isHashedValue(v, fn) && mentionsPasswordValue(v));
    if (plain) report(ctx, node, 'by an SQL statement');
  }
}

/** The SQL parameters (or f-string holes) include a password-named value. */
function mentionsPasswordValue(node: SyntaxNode): boolean {
  const stack = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'identifier' && isPasswordField(n.text)) return true;
    if (n.type === 'attribute' && isPasswordField(n.childForFieldName('attribute')?.text ?? null)) return true;
    if ((n.type === 'subscript' || n.type === 'call') && n.text.match(/['"](password|passwd|pwd)['"]/i)) return true;
    if (n.type === 'string_content') continue;
    stack.push(...n.namedChildren);
  }
  return false;
}

const ACCOUNT_STORES = new Set(['users', 'accounts', 'db', 'store', 'credentials', 'members', 'passwords', 'logins']);

function checkSubscriptStore(node: SyntaxNode, ctx: RuleContext): void {
  // USERS[username] = {"password": pw} or = password: an in-memory or shelve store of accounts.
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (left?.type !== 'subscript' || !right) return;
  const store = left.childForFieldName('value')?.text ?? '';
  if (!nameWords(store.split('.').pop() ?? '').some((w) => ACCOUNT_STORES.has(w))) return;
  const entry = plainDictEntry(right, ctx);
  if (entry) return report(ctx, entry, `in ${store}`);
  const fn = enclosingFunction(node);
  if (isPasswordField(right.type === 'identifier' ? right.text : null) && !isHashedValue(right, fn)) report(ctx, node, `in ${store}`);
}

/** DRF: `User.objects.create(**validated_data)` in a serializer whose fields include the password. */
function checkSerializerCreate(node: SyntaxNode, ctx: RuleContext): void {
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  if (!args.some((a) => a.type === 'dictionary_splat' && /validated_data|data/.test(a.text))) return;
  const fn = enclosingFunction(node);
  const cls = fn ? enclosingClass(fn) : null;
  if (!fn || !cls || !isSerializerClass(cls, ctx)) return;
  const classText = cls.text;
  if (!/["'](password|passwd)["']/.test(classText) && !/^\s*password\s*=/m.test(classText)) return;
  if (/(set_password|make_password|create_user|create_superuser|hash)/.test(fn.text)) return;
  report(ctx, node, `by ${node.childForFieldName('function')?.text ?? 'create'}(**validated_data) in a serializer with a password field`);
}

function visitAssignment(node: SyntaxNode, ctx: RuleContext): void {
  if (isTestPath(ctx.path)) return;
  noteStoredParameter(node, ctx);
  checkAssignment(node, ctx);
  checkSubscriptStore(node, ctx);
}

export const plaintextPasswordStorage = defineRule({
  id: 'PY-AUTH-PLAINTEXT-PASSWORD',
  title: 'Password stored in plain text',
  cwe: [256],
  asvs: { '5.0.0': ['V11.4.2'], '4.0.3': ['V2.4.1'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  docs: {
    what:
      'Finds passwords stored as received: assigned to a model\'s password attribute, passed as password= to an account ' +
      'model or its create(), put in a stored document, or written by an INSERT/UPDATE of a password column, when the value ' +
      'never passed through a hasher (make_password, set_password, generate_password_hash, bcrypt, argon2, passlib). ' +
      'An attribute that some class of the project defines as a property whose setter hashes is not reported.',
    why: 'Whoever reads the database — a backup, an SQL injection, an insider — gets every user\'s password, and most users reuse them elsewhere.',
    example: 'user.password = request.POST["password"]\nuser.save()',
    fix: 'user.set_password(request.POST["password"])  # or make_password / generate_password_hash / argon2',
    byFramework: {
      flask: { example: "user.password = request.form[\"password\"]\ndb.session.commit()", fix: "user.password_hash = generate_password_hash(request.form[\"password\"])\ndb.session.commit()" },
      fastapi: { example: "user.password = body.password\nsession.commit()", fix: "user.password_hash = PasswordHasher().hash(body.password)  # argon2-cffi\nsession.commit()" },
    },
    references: [
      'https://cwe.mitre.org/data/definitions/256.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html',
      'https://docs.djangoproject.com/en/stable/topics/auth/passwords/',
    ],
  },
  visit: {
    assignment: visitAssignment,
    decorated_definition: noteHashingSetter,
    call: (n, ctx) => {
      if (isTestPath(ctx.path)) return;
      checkCall(n, ctx);
      checkHelperCall(n, ctx);
    },
  },
});
