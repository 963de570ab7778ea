import { defineRule } from '../../rule.js';
import { keywordValue } from './app-objects.js';
import { isTestPath } from '../support/test-paths.js';

const APPS = new Set(['fastapi.FastAPI', 'fastapi.applications.FastAPI', 'starlette.applications.Starlette']);
const SERVER_ERROR_MIDDLEWARE = new Set(['starlette.middleware.errors.ServerErrorMiddleware']);

export const fastapiDebug = defineRule({
  id: 'PY-FASTAPI-DEBUG',
  title: 'FastAPI/Starlette application created in debug mode',
  cwe: [489, 215, 209],
  asvs: { '5.0.0': ['V13.4.2'], '4.0.3': ['V14.3.2'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['fastapi', 'starlette'],
  docs: {
    what: 'Finds FastAPI(debug=True), Starlette(debug=True), and Starlette\'s ServerErrorMiddleware added with debug=True (`app.add_middleware(ServerErrorMiddleware, debug=True)`, `Middleware(ServerErrorMiddleware, debug=True)`).',
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
      const fnNode = node.childForFieldName('function');
      const name = ctx.names.qualifiedName(fnNode);
      // add_middleware(ServerErrorMiddleware, debug=True) / Middleware(ServerErrorMiddleware, debug=True): the same debug pages.
      const tail = fnNode?.type === 'attribute' ? fnNode.childForFieldName('attribute')?.text : name?.split('.').pop();
      if (tail === 'add_middleware' || tail === 'Middleware') {
        const first = node.childForFieldName('arguments')?.namedChildren[0];
        const mw = first ? ctx.names.qualifiedName(first) : null;
        const on = ctx.constant(keywordValue(node, 'debug'));
        if (mw && SERVER_ERROR_MIDDLEWARE.has(mw) && on?.kind === 'bool' && on.value) ctx.report(node, { message: 'ServerErrorMiddleware(debug=True) returns full tracebacks to clients on every unhandled error' });
        return;
      }
      if (!name || !APPS.has(name)) return;
      const v = ctx.constant(keywordValue(node, 'debug'));
      if (v?.kind === 'bool' && v.value) {
        ctx.report(node, { message: `${name.split('.').pop()}(debug=True) returns full tracebacks to clients on every unhandled error` });
      }
    },
  },
});
