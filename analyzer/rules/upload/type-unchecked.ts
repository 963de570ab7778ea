// A handler that stores an upload without looking at what it is. Whether a check is good enough
// cannot be read from code, so this is a hotspot: it is raised only where no check of any kind
// is in sight, or where the only one is the content type the client declared.
import { defineRule } from '../../rule.js';
import { isTestPath } from '../support/test-paths.js';
import { ownText, uploadStores } from './uploads.js';

/** Signs of an extension or content check in the handler (or a helper it calls by a telling name). */
const CHECKED = new RegExp(
  [
    'splitext', '\\.endswith\\s*\\(', '\\.suffix\\b', 'rsplit\\s*\\(', '\\.split\\s*\\(\\s*[\'"]\\.', 'ALLOWED', 'allowed', 'EXTENSIONS', 'extension',
    'imghdr', '\\bmagic\\b', 'filetype', 'puremagic', 'Image\\.open', '\\.verify\\s*\\(', 'is_valid\\s*\\(', 'valid', 'FileExtensionValidator',
    'guess_type', 'guess_extension', 'sniff', 'scan_file', 'clamd',
  ].join('|'),
);
/** The client's own claim about the type: a header anyone can set. */
const CLIENT_TYPE = /\.(content_type|mimetype|mimetype_params|mime_type)\b|["']content_type["']\]|["']Content-Type["']/;

export const uploadTypeUnchecked = defineRule({
  id: 'PY-UPLOAD-TYPE-UNCHECKED',
  title: 'Upload stored without checking its type',
  cwe: [434],
  asvs: { '5.0.0': ['V5.2.2'], '4.0.3': ['V12.2.1'] },
  severity: 'medium',
  confidence: 'low',
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['upload'] }],
  docs: {
    what:
      'Finds a function that stores an uploaded file (FileStorage.save, storage.save(name, f), copyfileobj or write of its bytes) with no extension allow-list, no content check (magic bytes, Pillow, python-magic, filetype) and no form or serializer validation in sight, or whose only check is the content type the client declared.',
    why: 'Whatever the client sends is kept: an HTML or SVG file served back runs script in the site’s origin, an executable is handed to other users, a polyglot reaches a parser that trusts the extension. The declared content type is chosen by the client and proves nothing.',
    example: 'f = request.files["doc"]\nif f.mimetype == "application/pdf":\n    f.save(path)',
    fix: 'ext = os.path.splitext(f.filename)[1].lower()\nif ext not in {".pdf"} or f.stream.read(5) != b"%PDF-":\n    abort(400)\nf.stream.seek(0)\nf.save(os.path.join(UPLOAD_DIR, f"{uuid.uuid4().hex}{ext}"))',
    references: [
      'https://cwe.mitre.org/data/definitions/434.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html',
      'https://docs.djangoproject.com/en/stable/ref/validators/#fileextensionvalidator',
    ],
  },
  visit: {
    function_definition(node, ctx) {
      if (isTestPath(ctx.path)) return;
      const stores = uploadStores(node, ctx);
      if (stores.length === 0) return;
      const body = ownText(node);
      if (CHECKED.test(body)) return;
      const first = stores[0]!.call;
      const message = CLIENT_TYPE.test(body)
        ? 'the upload is stored after checking only the content type the client declared (any client can send any type): check the extension against an allow-list and the content itself'
        : 'the upload is stored with no check of its extension or content in sight: check the extension against an allow-list and the content (magic bytes, Pillow), or say where it is checked';
      ctx.report(first, { message });
    },
  },
});
