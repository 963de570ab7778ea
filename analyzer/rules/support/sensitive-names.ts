// Which names hold sensitive values: credentials (passwords, tokens, keys), payment data and national
// ids. Judged by the noun a name ends with, like the secret rules; a name that says the value is
// already protected (password_hash, hashed_password, masked_card) or only describes it
// (token_type, password_length) holds nothing sensitive.
import { nameWords } from './names-of-values.js';
import { isPasswordName, isTokenName } from './secret-names.js';
import { isSecretValueName } from './security-names.js';

export type SensitiveKind = 'password' | 'secret' | 'payment' | 'personal';

const PROTECTED_WORDS = new Set(['hash', 'hashed', 'hashes', 'encrypted', 'enc', 'digest', 'masked', 'salted', 'redacted', 'obfuscated', 'hmac', 'sha256', 'bcrypt']);
const CARD_QUALIFIERS = new Set(['card', 'cc', 'credit', 'debit', 'pan']);
const PAYMENT_NOUNS = new Set(['cvv', 'cvc', 'cvv2', 'iban', 'creditcard', 'ccnumber', 'cardnumber']);
const PERSONAL_NOUNS = new Set(['ssn', 'sin']);
const PERSONAL_QUALIFIED = [/(^|_)social_security(_number)?$/, /(^|_)passport_(number|no)$/, /(^|_)national_id$/, /(^|_)tax_id$/];
// A one-time link code or CSRF value in a log is not the breach a password is; nonces and salts are public.
const NOT_SENSITIVE_SECRET_NOUNS = new Set(['nonce', 'salt', 'iv', 'csrf']);

/** What kind of sensitive value a name holds, or null. */
export function sensitiveKind(name: string): SensitiveKind | null {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last || words.some((w) => PROTECTED_WORDS.has(w))) return null;
  if (isPasswordName(name) || last === 'passcode') return 'password';
  if (PAYMENT_NOUNS.has(last) || (['number', 'no', 'num', 'card'].includes(last) && words.slice(0, -1).some((w) => CARD_QUALIFIERS.has(w)))) return 'payment';
  // pending_card, saved_card: a payment card; gift_card, scorecard, sim_card are not.
  if (last === 'card' && words.length > 1 && !['gift', 'business', 'score', 'sim', 'id', 'report', 'wild', 'post', 'flash', 'index', 'key'].includes(words[words.length - 2]!)) return 'payment';
  if (last === 'card' && words.length === 1) return null;
  if (PERSONAL_NOUNS.has(last) || PERSONAL_QUALIFIED.some((re) => re.test(words.join('_')))) return 'personal';
  if (NOT_SENSITIVE_SECRET_NOUNS.has(last)) return null;
  if (isTokenName(name) || isSecretValueName(name) || last === 'authorization' || last === 'cookie') return 'secret';
  return null;
}

export function isSensitiveName(name: string): boolean {
  return sensitiveKind(name) !== null;
}

/** Passwords, card data and national ids: what must never sit readable on the client. */
export function isClientForbiddenName(name: string): boolean {
  const k = sensitiveKind(name);
  if (k === 'password' || k === 'payment' || k === 'personal') return true;
  if (k !== 'secret') return false;
  // A session or auth token in a cookie is how sessions work; a secret or API key is not.
  const words = nameWords(name);
  return words.includes('secret') || words.includes('private') || ((words.includes('api') || words.includes('personal')) && words.includes('key')) || words.includes('apikey');
}

const IDENTITY_NOUNS = new Set([
  'user', 'userid', 'username', 'uid', 'login', 'role', 'roles', 'admin', 'isadmin', 'staff', 'superuser', 'privilege',
  'privileges', 'permission', 'permissions', 'group', 'groups', 'authenticated', 'level', 'account', 'email', 'owner',
]);

/** Names of identity or privilege claims: user_id, X-User, is_admin, role, access_level, account_id. */
export function isIdentityName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last) return false;
  if (IDENTITY_NOUNS.has(last)) return !(words.length > 1 && ['agent', 'content'].includes(words[words.length - 2]!));
  if (last === 'id' || last === 'name') return words.slice(0, -1).some((w) => ['user', 'account', 'member', 'customer', 'owner', 'admin'].includes(w));
  if (last === 'in' && words.includes('logged')) return true;
  return false;
}
