// An upload saved under the name the client sent, judged on the call's own syntax. Where the
// dataflow pass follows the name from the request into FileStorage.save(dst), PY-INJ-PATH reports
// the flaw with its trace and supersedes this finding (taint/supersede.ts); this rule still speaks
// where no request is in view: helpers handed a FileStorage, loops over getlist().
import { defineRule } from '../../rule.js';
import { isTestPath } from '../support/test-paths.js';
import { clientName, enclosingFunction, uploadIn } from './uploads.js';

export const uploadClientFilename = defineRule({
  id: 'PY-UPLOAD-CLIENT-FILENAME',
  title: 'Upload saved under the file name the client chose',
  cwe: [22, 434],
  asvs: { '5.0.0': ['V5.3.2'], '4.0.3': ['V12.3.1', 'V12.3.2'] },
  severity: 'high',
  confidence: 'high',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['upload'] }],
  docs: {
    what:
      'Finds FileStorage.save(dst) (Flask, Werkzeug) whose destination is built from the upload’s own filename without secure_filename, basename, safe_join or a generated name (uuid4, token_hex).',
    why: 'The filename is whatever the client put in the multipart header: "../../app/templates/base.html" or an absolute path overwrites files outside the upload folder, and the client also picks the extension the file is served with.',
    example: 'f = request.files["doc"]\nf.save(os.path.join(UPLOAD_DIR, f.filename))',
    fix: 'name = f"{uuid.uuid4().hex}{ext}"  # ext checked against an allow-list\nf.save(os.path.join(UPLOAD_DIR, name))\n# or at least: f.save(os.path.join(UPLOAD_DIR, secure_filename(f.filename)))',
    references: [
      'https://cwe.mitre.org/data/definitions/22.html',
      'https://flask.palletsprojects.com/en/stable/patterns/fileuploads/',
      'https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.utils.secure_filename',
      'https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html',
    ],
  },
  visit: {
    call(node, ctx) {
      if (isTestPath(ctx.path)) return;
      const f = node.childForFieldName('function');
      if (f?.type !== 'attribute' || f.childForFieldName('attribute')?.text !== 'save') return;
      const fn = enclosingFunction(node);
      if (uploadIn(f.childForFieldName('object')!, fn) !== 'werkzeug') return;
      const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((a) => a.type !== 'comment');
      const dst = args.find((a) => a.type !== 'keyword_argument') ?? args.find((a) => a.childForFieldName('name')?.text === 'dst')?.childForFieldName('value');
      if (!dst) return;
      const name = clientName(dst, fn, ctx, { cleaned: false, djangoName: false });
      if (!name) return;
      ctx.report(node, { message: `saved under ${name.text}, the name the client sent: "../" in it writes outside the upload folder, and the client picks the extension` });
    },
  },
});
