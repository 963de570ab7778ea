import { defineRule } from '../../rule.js';
import { keywordValue } from './app-objects.js';
import { isTestPath } from '../support/test-paths.js';

const APPS = new Set(['fastapi.FastAPI', 'fastapi.applications.FastAPI', 'starlette.applications.Starlette']);

export const fastapiDebug = defineRule({
  id: 'PY-FASTAPI-DEBUG',
  title: 'FastAPI/Starlette application created in debug mode',
  cwe: [489, 215],
  asvs: { '5.0.0': ['V13.4.2'], '4.0.3': ['V14.3.2'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['fastapi', 'starlette'],
  docs: {
    what: 'Finds FastAPI(debug=True) and Starlette(debug=True).',
    why: 'In debug mode every unhandled exception is answered with the full traceback, source lines and all, which tells an attacker how the service is built and sometimes leaks secrets from local variables.',
    example: 'app = FastAPI(title="Orders", debug=True)',
    fix: 'app = FastAPI(title="Orders", debug=settings.debug)  # False unless set in a developer\'s environment',
    references: [
      'https://cwe.mitre.org/data/definitions/489.html',
      'https://fastapi.tiangolo.com/reference/fastapi/#fastapi.FastAPI--example',
      'https://www.starlette.io/applications/',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      const name = ctx.names.qualifiedName(node.childForFieldName('function'));
      if (!name || !APPS.has(name)) return;
      const v = ctx.constant(keywordValue(node, 'debug'));
      if (v?.kind === 'bool' && v.value) {
        ctx.report(node, { message: `${name.split('.').pop()}(debug=True) returns full tracebacks to clients on every unhandled error` });
      }
    },
  },
});
