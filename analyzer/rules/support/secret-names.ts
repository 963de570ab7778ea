// Which names hold credentials. A name is judged by its last word, the noun it names:
// `db_password` holds a password, `password_reset_timeout` holds a timeout.
import { nameWords } from './names-of-values.js';

const PASSWORD_NOUNS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pass', 'pw']);
const KEY_QUALIFIERS = new Set([
  'api', 'apikey', 'secret', 'private', 'access', 'auth', 'signing', 'encryption', 'crypt', 'hmac',
  'client', 'master', 'license', 'webhook', 'bearer', 'service', 'app', 'consumer',
]);
const TOKEN_NOUNS = new Set(['token', 'secret', 'apikey', 'credential', 'credentials']);

// Setting names owned by the framework configuration rules (Django/Flask/FastAPI settings), which
// report them with their own ids; reporting them here too would count one secret twice.
const CONFIG_RULE_NAMES = new Set(['SECRET_KEY', 'secret_key', 'JWT_SECRET_KEY', 'JWT_SECRET']);

export function isOwnedByConfigRules(name: string): boolean {
  return CONFIG_RULE_NAMES.has(name);
}

/** `PASSWORD`, `db_password`, `smtpPass`, `ADMIN_PWD`. */
export function isPasswordName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last) return false;
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
