// Django's request-size settings raised so far that they no longer protect anything. None is
// PY-DJANGO-REQUEST-LIMITS's finding; this rule judges numbers.
import { defineRule } from '../../rule.js';
import { judgeDeployableSettings } from '../support/deployable-settings.js';

const MIB = 1024 * 1024;
const HUGE = 100 * MIB;
const EFFECT: Record<string, string> = {
  DATA_UPLOAD_MAX_MEMORY_SIZE: 'a request body (other than its files) that large is read into memory',
  FILE_UPLOAD_MAX_MEMORY_SIZE: 'an uploaded file that large is held in memory instead of a temporary file',
};

export const uploadDjangoSizeLimit = defineRule({
  id: 'PY-UPLOAD-DJANGO-SIZE-LIMIT',
  title: 'Django upload memory limits raised beyond 100 MiB',
  cwe: [400, 770],
  asvs: { '5.0.0': ['V5.2.1'], '4.0.3': ['V12.1.1'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  needs: [{ kind: 'app_config' }, { kind: 'api', families: ['upload'] }],
  docs: {
    what:
      'Finds DATA_UPLOAD_MAX_MEMORY_SIZE or FILE_UPLOAD_MAX_MEMORY_SIZE set to more than 100 MiB in a deployable settings module (Django’s defaults are 2.5 MiB). DATA_UPLOAD_MAX_MEMORY_SIZE = None is PY-DJANGO-REQUEST-LIMITS.',
    why: 'Each concurrent request may then hold that much memory in a worker: a handful of large requests exhaust the server. Django itself never caps the size of a file streamed to disk, so the web server’s limit (client_max_body_size, LimitRequestBody) is the real cap.',
    example: 'FILE_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024 * 1024',
    fix: 'Keep the defaults (or a few MiB), let large files go to temporary files, and cap the body in the web server.',
    references: [
      'https://cwe.mitre.org/data/definitions/770.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#file-upload-max-memory-size',
      'https://docs.djangoproject.com/en/stable/topics/http/file-uploads/#upload-handlers',
    ],
  },
  visit: {
    module(_node, ctx) {
      judgeDeployableSettings(ctx, EFFECT, (name, value, effect) =>
        (value.kind === 'int' || value.kind === 'float') && value.value > HUGE ? `${name} is ${Math.round(value.value / MIB)} MiB: ${effect}` : null,
      );
    },
  },
});
