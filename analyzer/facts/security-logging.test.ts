import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';
import { loginAdminApp } from './testing/login-admin-app.js';

// The shared app with Django's login signal and a route that logs nothing about security.
const SOURCE = loginAdminApp(
  'from django.contrib.auth.signals import user_login_failed\nfrom django.dispatch import receiver\n',
  `

@app.route("/report")
def report():
    log.info("report viewed")
    return "report"


@receiver(user_login_failed)
def on_login_failed(sender, credentials, **kwargs):
    pass


def check(p):
    return False


def is_admin():
    return False
`,
);

describe('security logging evidence', () => {
  it('lists logging calls in login and denial paths and auth signal receivers, and nothing else', () => {
    const { files } = analyzeSources([{ path: 'app/views.py', source: SOURCE }]);
    const evidence = files[0]!.securityLogging.map((e) => [e.event, e.line, e.handler]);
    expect(evidence).toEqual([
      ['login', 13, 'login'],
      ['login', 15, 'login'],
      ['access_denied', 22, 'admin'],
      ['auth_signal', 34, 'on_login_failed'],
    ]);
    expect(files[0]!.securityLogging[0]!.call).toBe('log.warning("failed login for %s", request.form["username"])');
  });

  it('keeps nothing from test files', () => {
    const { files } = analyzeSources([{ path: 'tests/test_views.py', source: SOURCE }]);
    expect(files[0]!.securityLogging).toEqual([]);
  });
});
