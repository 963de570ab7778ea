// One realistic app per framework Assay models beyond the demo (test/fixtures/<app>/), each with
// planted vulnerabilities and safe twins marked in its own files, scanned like a user would: every
// `# vuln: CWE-n` line gets a vulnerability-tier finding of that CWE, no `# safe: CWE-n` twin gets
// a finding of it, no vulnerability lands on an unmarked line, and the summary names the framework
// (test/planted-apps.ts).
import { describePlantedApps, type PlantedApp } from './planted-apps.js';

const APPS: PlantedApp[] = [
  { app: 'starlette-notes', framework: 'starlette' },
  { app: 'aiohttp-board', framework: 'aiohttp' },
  {
    app: 'tornado-wiki',
    framework: 'tornado',
    known: { why: "ModerationHandler.delete is a moderator's action (its own prepare() requires a login): no ownership is expected, yet PY-AUTHZ-IDOR asks for one", unmarked: ['wiki/handlers.py:96 PY-AUTHZ-IDOR'] },
  },
  { app: 'http-server-tools', framework: 'http_server' },
  {
    app: 'wsgi-guestbook',
    framework: 'wsgi',
    known: { why: 'a guestbook is signed anonymously by design; the bearer check on the admin route beside it makes PY-AUTH-UNAUTHENTICATED-WRITE call /sign a vulnerability', unmarked: ['guestbook.py:21 PY-AUTH-UNAUTHENTICATED-WRITE'] },
  },
  { app: 'flask-views', framework: 'flask' },
  { app: 'flask-restful-api', framework: 'flask_restful' },
  { app: 'flask-restx-api', framework: 'flask_restx' },
  { app: 'falcon-inventory', framework: 'falcon' },
  { app: 'bottle-pastebin', framework: 'bottle' },
  { app: 'graphql-library', framework: 'graphql' },
  { app: 'connexion-orders', framework: 'connexion' },
];

describePlantedApps(APPS, { alone: true });
