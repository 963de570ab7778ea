// An app that accepts uploads with no cap on the request size. Werkzeug spools file parts to disk
// without limit unless MAX_CONTENT_LENGTH is set; a proxy in front may still cap the body, which
// code cannot show, so an unset limit is a hotspot. An explicit None or a limit of gigabytes is a
// decision in the code: a vulnerability.
import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { appNames, configClassWrite, flaskConfigWrites } from '../app-config/app-objects.js';
import { isTestPath } from '../support/test-paths.js';
import { descendants } from '../support/local-flow.js';

const GIB = 1024 * 1024 * 1024;
/** Config read from somewhere this file does not show: the limit may be set there. */
const LOADED_ELSEWHERE = /\.config\.(from_object|from_pyfile|from_envvar|from_prefixed_env|from_file)\s*\(|\.config\.(update|from_mapping)\s*\(\s*\*\*|\.config\.(update|from_mapping)\s*\(\s*[A-Za-z_][\w.]*\s*\)/;
const READS_FILES = /\brequest\.files\b/;

function limitWrites(ctx: RuleContext): Array<{ value: SyntaxNode; at: SyntaxNode }> {
  const out: Array<{ value: SyntaxNode; at: SyntaxNode }> = [];
  for (const n of descendants(ctx.tree.rootNode)) {
    if (n.type !== 'assignment' && n.type !== 'call') continue;
    for (const w of flaskConfigWrites(n, ctx)) if (w.key === 'MAX_CONTENT_LENGTH') out.push({ value: w.value, at: n.type === 'assignment' ? n : w.value });
    const cls = configClassWrite(n, ctx);
    if (cls?.key === 'MAX_CONTENT_LENGTH') out.push({ value: cls.value, at: n });
  }
  return out;
}

export const uploadFlaskSizeLimit = defineRule({
  id: 'PY-UPLOAD-FLASK-SIZE-LIMIT',
  title: 'Flask app accepts uploads without a request size limit',
  cwe: [400, 770],
  asvs: { '5.0.0': ['V5.2.1'], '4.0.3': ['V12.1.1'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'hotspot',
  frameworks: ['flask'],
  needs: [{ kind: 'app_config' }, { kind: 'api', families: ['upload'] }],
  docs: {
    what:
      'Finds a Flask app, created in a file that reads request.files, that never sets MAX_CONTENT_LENGTH (a hotspot: a proxy may cap the body), or sets it to None or to more than 1 GiB (a vulnerability). Apps whose config is loaded from another file or object are left alone.',
    why: 'Without the limit Werkzeug accepts a request body of any size and writes its file parts to a temporary file: a few large uploads fill the disk or tie up workers.',
    example: 'app = Flask(__name__)\n\n@app.post("/avatar")\ndef avatar():\n    request.files["img"].save(path)',
    fix: 'app.config["MAX_CONTENT_LENGTH"] = 16 * 1024 * 1024  # the largest upload a real user sends',
    references: [
      'https://cwe.mitre.org/data/definitions/770.html',
      'https://flask.palletsprojects.com/en/stable/config/#MAX_CONTENT_LENGTH',
      'https://flask.palletsprojects.com/en/stable/patterns/fileuploads/#improving-uploads',
    ],
  },
  visit: {
    module(node, ctx) {
      if (isTestPath(ctx.path) || !READS_FILES.test(ctx.source)) return;
      const writes = limitWrites(ctx);
      for (const w of writes) {
        const v = ctx.constant(w.value);
        if (v?.kind === 'none') ctx.report(w.at, { message: 'MAX_CONTENT_LENGTH is None: uploads of any size are accepted', kind: 'vulnerability', confidence: 'high' });
        else if ((v?.kind === 'int' || v?.kind === 'float') && v.value > GIB) {
          ctx.report(w.at, { message: `MAX_CONTENT_LENGTH is ${(v.value / GIB).toFixed(1)} GiB: one request may fill that much disk`, kind: 'vulnerability' });
        }
      }
      if (writes.length > 0 || /\bmax_content_length\b/.test(ctx.source) || LOADED_ELSEWHERE.test(ctx.source)) return;
      const flaskApps = [...appNames(ctx)].filter(([, kind]) => kind === 'flask').map(([name]) => name);
      if (flaskApps.length === 0) return;
      // Report where the first app is made: that is where the limit belongs.
      for (const n of descendants(node)) {
        if (n.type !== 'assignment') continue;
        const left = n.childForFieldName('left');
        if (left?.type === 'identifier' && flaskApps.includes(left.text) && n.childForFieldName('right')?.type === 'call') {
          ctx.report(n, { message: `${left.text} reads request.files but MAX_CONTENT_LENGTH is not set: unless a proxy caps the body, a request of any size is accepted. Check the proxy's limit (client_max_body_size …) or set MAX_CONTENT_LENGTH` });
          return;
        }
      }
    },
  },
});
