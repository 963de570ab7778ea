import { defineRule } from '../../rule.js';
import { judgeDeployableSettings } from '../support/deployable-settings.js';

// Django's guards against oversized or over-numerous request parts; None switches each one off.
const LIMITS: Record<string, string> = {
  DATA_UPLOAD_MAX_MEMORY_SIZE: 'request bodies (other than file uploads) of any size are read into memory',
  DATA_UPLOAD_MAX_NUMBER_FIELDS: 'a request may carry any number of form fields',
  DATA_UPLOAD_MAX_NUMBER_FILES: 'a request may carry any number of uploaded files',
};

export const djangoRequestLimits = defineRule({
  id: 'PY-DJANGO-REQUEST-LIMITS',
  title: 'Request size and field-count limits switched off',
  cwe: [400, 770],
  asvs: { '5.0.0': ['V5.2.1'], '4.0.3': ['V12.1.1'] },
  severity: 'medium',
  confidence: 'high',
  kind: 'vulnerability',
  frameworks: ['django'],
  docs: {
    what:
      'Finds DATA_UPLOAD_MAX_MEMORY_SIZE, DATA_UPLOAD_MAX_NUMBER_FIELDS or DATA_UPLOAD_MAX_NUMBER_FILES set to None. Django’s defaults (2.5 MB, 1000 fields, 100 files) are fine.',
    why: 'Without the limits one request can make a worker parse megabytes of fields or thousands of files, exhausting memory and CPU; DATA_UPLOAD_MAX_NUMBER_FILES was added to fix such a denial of service (CVE-2023-24580).',
    example: 'DATA_UPLOAD_MAX_NUMBER_FIELDS = None',
    fix: 'Remove the line, or raise the limit to the largest value a real form needs: DATA_UPLOAD_MAX_NUMBER_FIELDS = 5000',
    references: [
      'https://cwe.mitre.org/data/definitions/770.html',
      'https://docs.djangoproject.com/en/stable/ref/settings/#data-upload-max-number-fields',
    ],
  },
  visit: {
    module(_node, ctx) {
      judgeDeployableSettings(ctx, LIMITS, (name, value, effect) => (value.kind === 'none' ? `${name} is None: ${effect}` : null));
    },
  },
});
