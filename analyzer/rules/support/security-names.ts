// Names that say a value must be unguessable (tokens, passwords, keys, one-time codes, salts) and
// names that say a value is a password. Judged by the noun the name ends with, as with secrets.
import { nameWords } from './names-of-values.js';

const SECRET_NOUNS = new Set([
  'token', 'tokens', 'password', 'passwd', 'pwd', 'passphrase', 'secret', 'otp', 'totp', 'hotp', 'nonce', 'salt',
  'iv', 'csrf', 'apikey', 'pin', 'passcode', 'sessionid', 'sid',
]);
// `code`, `id` and `key` name secrets only with a qualifier: a reset code, a session id, an API key.
const QUALIFIED_NOUNS = new Set(['code', 'codes', 'id', 'key', 'keys', 'string', 'str', 'hex', 'value', 'bytes']);
const QUALIFIERS = new Set([
  'reset', 'verification', 'verify', 'activation', 'confirm', 'confirmation', 'auth', 'otp', 'invite',
  'invitation', 'recovery', 'login', 'sms', 'mfa', 'twofa', '2fa', 'session', 'api', 'secret', 'signing',
  'encryption', 'private', 'access', 'license', 'hmac', 'aes', 'crypto', 'token', 'password', 'salt', 'nonce',
  'magic', 'unlock', 'backup', 'pin', 'csrf',
]);

export function isSecretValueName(name: string): boolean {
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (!last) return false;
  if (SECRET_NOUNS.has(last)) return true;
  if (QUALIFIED_NOUNS.has(last)) return words.slice(0, -1).some((w) => QUALIFIERS.has(w));
  return false;
}

/** A function whose job is to make a secret: generate_token, make_reset_code, new_api_key, random_password. */
export function isSecretMakingFunction(name: string): boolean {
  const words = nameWords(name);
  if (words.length < 2) return false;
  const verbs = new Set(['generate', 'gen', 'make', 'create', 'new', 'random', 'issue', 'mint', 'build', 'get']);
  return verbs.has(words[0]!) && isSecretValueName(words.slice(1).join('_'));
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pwd', 'passphrase', 'pw', 'passwords']);

/** Any word of the name is a password word: password_hash, hash_password, check_pw, rawPassword. */
export function mentionsPassword(name: string): boolean {
  return nameWords(name).some((w) => PASSWORD_WORDS.has(w));
}
