import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { flaskConfigVisitor } from './app-objects.js';

// Flask and its common extensions: each signs or encrypts something with this value.
const SECRET_KEYS = new Set(['SECRET_KEY', 'JWT_SECRET_KEY', 'WTF_CSRF_SECRET_KEY', 'SECURITY_PASSWORD_SALT', 'SECURITY_TOTP_SECRETS']);

function check(key: string, value: SyntaxNode, at: SyntaxNode, ctx: RuleContext, where: string): void {
  if (!SECRET_KEYS.has(key)) return;
  const v = ctx.constant(value);
  if (!v || (v.kind !== 'str' && v.kind !== 'bytes') || v.value.length === 0) return;
  ctx.report(at, { message: `${key} is a literal ${where}: everyone with the repository can forge what it signs` });
}

export const flaskSecretKeyHardcoded = defineRule({
  id: 'PY-FLASK-SECRET-KEY',
  title: 'Flask SECRET_KEY or JWT secret written in code',
  cwe: [798, 321],
  asvs: { '5.0.0': ['V13.3.1'], '4.0.3': ['V2.10.4', 'V6.4.1'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['flask'],
  bandit: ['B105', 'B106'],
  docs: {
    what:
      "Finds Flask signing secrets given as literals: app.secret_key = '…', app.config['SECRET_KEY'] = '…', app.config.update(SECRET_KEY='…'), the same for JWT_SECRET_KEY (flask-jwt-extended), WTF_CSRF_SECRET_KEY and SECURITY_PASSWORD_SALT, and such keys in Flask config classes. Placeholders like 'dev' or 'changeme' count: the value is in the repository and often reaches production.",
    why: 'Flask signs its session cookie with SECRET_KEY: with the key, anyone can write a session that says they are the administrator. A JWT secret lets them mint tokens for any user.',
    example: "app.config['SECRET_KEY'] = 'super-secret'",
    fix: "app.config['SECRET_KEY'] = os.environ['FLASK_SECRET_KEY']  # generated with secrets.token_hex(32); rotate the leaked one",
    references: [
      'https://cwe.mitre.org/data/definitions/798.html',
      'https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY',
      'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    ],
  },
  visit: flaskConfigVisitor(check),
});
