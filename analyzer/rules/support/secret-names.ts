// Which names hold credentials. A name is judged by its last word, the noun it names:
// `db_password` holds a password, `password_reset_timeout` holds a timeout.
import type { Framework } from '../../types.js';
import type { RuleContext, SyntaxNode } from '../../rule.js';
import { nameWords } from './names-of-values.js';
import { memoByName } from './name-memo.js';

const PASSWORD_NOUNS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pass', 'pw']);
const KEY_QUALIFIERS = new Set([
  'api', 'apikey', 'secret', 'private', 'access', 'auth', 'signing', 'encryption', 'crypt', 'hmac',
  'client', 'master', 'license', 'webhook', 'bearer', 'service', 'app', 'consumer',
]);
const TOKEN_NOUNS = new Set(['token', 'secret', 'secrets', 'apikey', 'credential', 'credentials']);
// Nouns that name a secret whatever it looks like: a low-entropy value there is a weak secret, not a non-secret.
const ALWAYS_SECRET_NOUNS = new Set(['secret', 'secrets']);

// Setting names that the framework configuration rules report with their own ids in Django and Flask
// projects (PY-DJANGO-SECRET-KEY, the Flask secret-key rule); reporting them here too would count one
// secret twice. Elsewhere (a FastAPI service's SECRET_KEY) nobody else owns them and they are ours.
const DJANGO_OWNED = new Set(['SECRET_KEY']);
const FLASK_OWNED = new Set(['SECRET_KEY', 'secret_key', 'JWT_SECRET_KEY', 'WTF_CSRF_SECRET_KEY', 'SECURITY_PASSWORD_SALT', 'SECURITY_TOTP_SECRETS']);

export function isOwnedByConfigRules(name: string, frameworks: ReadonlySet<Framework>): boolean {
  return (frameworks.has('django') && DJANGO_OWNED.has(name)) || (frameworks.has('flask') && FLASK_OWNED.has(name));
}

// `INVALID_PASSWORD`, `wrong_password`, `PASSWORD_RESET`…: names of a condition or an event about a
// password (error codes, messages, URL names), not of a password.
const CONDITION_WORDS = new Set(['invalid', 'wrong', 'incorrect', 'bad', 'missing', 'expired', 'forgot', 'forgotten', 'reset', 'change', 'mismatch', 'no', 'empty', 'weak']);

/** `PASSWORD`, `db_password`, `smtpPass`, `ADMIN_PWD`. Every argument, subscript and attribute of a file is asked about. */
export const isPasswordName: (name: string) => boolean = memoByName((name) => namesPassword(name));

function namesPassword(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last || words.some((w) => CONDITION_WORDS.has(w))) return false;
  if (PASSWORD_NOUNS.has(last)) return last !== 'pass' || words.length > 1;
  // `password1`, `new_password2`
  return /^(password|passwd|pwd)\d$/.test(last);
}

/** `API_KEY`, `AWS_SECRET_ACCESS_KEY`, `stripe_secret`, `auth_token`, `clientSecret`. */
export function isTokenName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last) return false;
  if (TOKEN_NOUNS.has(last)) return true;
  if (last === 'key' || last === 'keys') return words.slice(0, -1).some((w) => KEY_QUALIFIERS.has(w));
  return false;
}

/** `CLIENT_SECRET`, `JWT_SECRET`, `SECRET_KEY`: any non-placeholder literal there is a secret, random-looking or not. */
export function isSecretNounName(name: string): boolean {
  return isTokenName(name) && nameWords(name).some((w) => ALWAYS_SECRET_NOUNS.has(w));
}

const SESSION_MIDDLEWARE = new Set(['starlette.middleware.sessions.SessionMiddleware', 'fastapi.middleware.sessions.SessionMiddleware']);

/**
 * A literal passed as `secret_key=` next to SessionMiddleware (`app.add_middleware(SessionMiddleware,
 * secret_key="…")`): PY-FASTAPI-SESSION-SECRET reports that one.
 */
export function isSessionMiddlewareSecret(value: SyntaxNode, ctx: RuleContext): boolean {
  const kw = value.parent;
  if (kw?.type !== 'keyword_argument' || kw.childForFieldName('name')?.text !== 'secret_key') return false;
  const call = kw.parent?.parent;
  if (call?.type !== 'call') return false;
  const first = call.childForFieldName('arguments')?.namedChildren.find((a) => a.type !== 'comment');
  return !!first && SESSION_MIDDLEWARE.has(ctx.names.qualifiedName(first) ?? '');
}
