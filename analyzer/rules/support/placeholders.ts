// Literal values that stand in for a secret rather than being one. Policy (docs/rules.md repeats it):
// a value is a placeholder when a reader can tell from the value alone that it is not a working
// credential — empty or blank; one character repeated (`xxx`, `****`) or no letter or digit at all;
// a template or reference (`<password>`, `{password}`, `${DB_PASS}`, `%(pw)s`, `{{ secret }}`); a value that names what
// belongs there (`password`, `secret`, `your-api-key-here`, `changeme`, `dummy`, `example`,
// `redacted`, `placeholder`, `todo`); an environment-variable name (`DB_PASSWORD`); prose (words
// separated by spaces); or an already-hashed password (`pbkdf2_sha256$…`, `$2b$…`).
// Real weak passwords that are not placeholders (`hunter2`, `admin123`) are still reported.

const MARKER_WORDS = [
  'changeme', 'change-me', 'change_me', 'replaceme', 'replace-me', 'replace_me', 'your-', 'your_', 'yourkey',
  'example', 'dummy', 'placeholder', 'redacted', 'todo', 'fixme', 'sample', 'insert', 'notreal', 'not-real',
  'not_a_real', 'fake', 'xxxx', 'enter-',
];
const GENERIC_NAMES = new Set(['password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'key', 'apikey', 'api_key', 'api-key', 'none', 'null', 'undefined', 'test']);

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v.length === 0) return true;
  if (/^(.)\1*$/s.test(v)) return true;
  if (!/[A-Za-z0-9]/.test(v)) return true; // masked: ':****', '•••'
  if (/\s/.test(v)) return true;
  if (/^<.*>$|^\$\{.*\}$|^\{\{.*\}\}$|^\{[^{}]*\}$|^%\([^)]*\)s$|^%s$|^\$[A-Z_][A-Z0-9_]*$/.test(v)) return true;
  const lower = v.toLowerCase();
  if (GENERIC_NAMES.has(lower)) return true;
  if (MARKER_WORDS.some((w) => lower.includes(w))) return true;
  if (/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/.test(v)) return true;
  if (/^(pbkdf2_sha\d+|argon2|bcrypt(_sha256)?|scrypt)\$|^\$2[aby]\$|^\$argon2/.test(v)) return true;
  return false;
}
