// One realistic app per library Assay models (forms, database drivers, caches, request parts, and
// issue 14's sink and validation libraries, second-order data and shared helpers), in
// test/fixtures/<app>/, scanned like a user would: every `# vuln: CWE-n` line gets a
// vulnerability-tier finding of that CWE, no `# safe: CWE-n` twin gets a finding of it, no
// vulnerability lands on an unmarked line, and where the app plants hotspots (`# review: CWE-n`,
// second-order data) exactly those lines are reported to review; no planted line is reported
// twice. The app's web framework is named in the summary. The apps from s7-cases were written by
// someone who did not read the engine. The test itself is test/planted-apps.ts.
import { describePlantedApps, type PlantedApp } from './planted-apps.js';

const APPS: PlantedApp[] = [
  { app: 'wtforms-signup', about: 'WTForms / Flask-WTF', framework: 'flask' },
  { app: 'sqlalchemy-ledger', about: 'SQLAlchemy', framework: 'flask' },
  { app: 'psycopg-reports', about: 'psycopg / psycopg2', framework: 'flask' },
  { app: 'async-db-notes', about: 'asyncpg / aiosqlite', framework: 'fastapi' },
  { app: 'mongo-redis-inbox', about: 'pymongo / redis', framework: 'flask' },
  { app: 'uploads-gallery', about: 'uploads, Pillow, openpyxl (save to a path)', framework: 'flask' },
  { app: 'request-parts-portal', about: 'request URL parts, error handlers, partial and bound methods', framework: 'flask' },
  { app: 'ssrf-fetcher', about: 'urllib3, httpx, aiohttp.ClientSession (SSRF)', framework: 'fastapi' },
  { app: 'xml-importer', about: 'lxml, xml.sax, pulldom, defusedxml (XXE)', framework: 'flask' },
  { app: 'template-preview', about: 'Jinja2 from_string / Template, Mako Template, render_template_string (SSTI)', framework: 'flask' },
  { app: 'ops-console', about: 'os.popen, asyncio.create_subprocess_shell, PIL ImageMath', framework: 'fastapi' },
  { app: 'file-drop', about: 'send_file / send_from_directory, FileStorage.save, pathlib writes, reads and glob', framework: 'flask' },
  { app: 'marshmallow-api', about: 'marshmallow Schema.load / loads', framework: 'flask' },
  { app: 'pydantic-jobs', about: 'pydantic models outside FastAPI', framework: 'flask' },
  { app: 'stored-notes', about: 'second-order data read back from the app\'s own database and files', framework: 'flask', hotspots: true },
  { app: 'shared-helper', about: 'request data passed to shared helpers: one finding per caller site', framework: 'flask' },
];

describePlantedApps(APPS, { alone: false });
