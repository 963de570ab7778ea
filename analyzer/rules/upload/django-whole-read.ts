// Django caps neither the size of an uploaded file nor what a handler does with it: files past
// FILE_UPLOAD_MAX_MEMORY_SIZE go to a temporary file, and read() with no size then brings all of
// it back into the worker's memory. DATA_UPLOAD_MAX_MEMORY_SIZE leaves files out, so only a test of
// the upload's size before the read (or a web server's body limit, which code cannot show) bounds it.
import { defineRule } from '../../rule.js';
import { isTestPath } from '../support/test-paths.js';
import { checksSize, wholeUploadReads } from './whole-reads.js';

export const uploadDjangoWholeRead = defineRule({
  id: 'PY-UPLOAD-DJANGO-WHOLE-READ',
  title: 'Django upload read whole into memory without a size check',
  cwe: [400, 770],
  asvs: { '5.0.0': ['V5.2.1'], '4.0.3': ['V12.1.1'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'vulnerability',
  frameworks: ['django'],
  needs: [{ kind: 'api', families: ['upload'] }],
  docs: {
    what:
      'Finds a function that calls read() with no size on a file of request.FILES (or an UploadedFile parameter), directly or on its .file, and makes no test of a size (upload.size, CONTENT_LENGTH, a helper named for a size or limit) anywhere in the function.',
    why: 'Django spools a large upload to a temporary file and never limits its size; read() then holds the whole file in the worker’s memory, so a few concurrent multi-gigabyte uploads exhaust the server.',
    example: 'blob = request.FILES["image"].read()',
    fix: 'image = request.FILES["image"]\nif image.size > MAX_IMAGE_BYTES:\n    return HttpResponseBadRequest("too large")\nfor chunk in image.chunks():  # or read it whole once its size is known\n    digest.update(chunk)',
    references: [
      'https://cwe.mitre.org/data/definitions/770.html',
      'https://docs.djangoproject.com/en/stable/ref/files/uploads/#django.core.files.uploadedfile.UploadedFile.read',
      'https://docs.djangoproject.com/en/stable/topics/http/file-uploads/#where-uploaded-data-is-stored',
    ],
  },
  visit: {
    function_definition(node, ctx) {
      if (isTestPath(ctx.path)) return;
      const read = wholeUploadReads(node, ctx).find((r) => r.room === 'django');
      if (!read || checksSize(node)) return;
      ctx.report(read.call, {
        message: `${read.call.text.slice(0, 60)} reads a whole upload into memory and its size is never checked: Django does not limit an uploaded file's size, so one request can hold gigabytes in the worker. Check upload.size first, or process it with chunks()`,
      });
    },
  },
});
