// An app that accepts uploads with no cap on the request size. Werkzeug spools file parts to disk
// without limit unless MAX_CONTENT_LENGTH is set; a proxy in front may still cap the body, which
// code cannot show, so an unset limit is a hotspot. An explicit None or a limit of gigabytes is a
// decision in the code: a vulnerability.
import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { appNames, configClassWrite, flaskConfigWrites } from '../app-config/app-objects.js';
import { isTestPath } from '../support/test-paths.js';
import { descendants } from '../support/local-flow.js';
import { checksSize, wholeUploadReads } from './whole-reads.js';
import { loadedConfigClass, noteConfigClasses, NO_UPLOAD_LIMIT } from './flask-config-classes.js';

const GIB = 1024 * 1024 * 1024;
/** Config read from somewhere this file does not show: the limit may be set there. */
const LOADED_ELSEWHERE = /\.config\.(from_object|from_pyfile|from_envvar|from_prefixed_env|from_file)\s*\(|\.config\.(update|from_mapping)\s*\(\s*\*\*|\.config\.(update|from_mapping)\s*\(\s*[A-Za-z_][\w.]*\s*\)/;
const READS_FILES = /\brequest\.files\b/;
/** The request body read whole: what an explicit None or a huge limit lets through even without files. */
const READS_BODY = /\brequest\.(get_data\s*\(|data\b|get_json\s*\(|json\b|stream\.read\s*\(\s*\))/;

/** The first place a handler of the module reads an upload whole into memory with no size test before it. */
function wholeRead(root: SyntaxNode, ctx: RuleContext): SyntaxNode | null {
  for (const fn of descendants(root)) {
    if (fn.type !== 'function_definition' || checksSize(fn)) continue;
    const read = wholeUploadReads(fn, ctx).find((r) => r.room === 'werkzeug');
    if (read) return read.call;
  }
  return null;
}

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
      'Finds a Flask app, created in a file that reads request.files, that never sets MAX_CONTENT_LENGTH (a hotspot: a proxy may cap the body; a vulnerability when a handler reads an upload whole into memory with read() and no size test), or sets it to None or to more than 1 GiB in a file that reads uploads or the request body (a vulnerability). A config class loaded with app.config.from_object is read wherever it is defined; apps whose config comes from files, the environment or a mapping are left alone.',
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
      if (isTestPath(ctx.path)) return;
      noteConfigClasses(node, ctx);
      const files = READS_FILES.test(ctx.source);
      if (!files && !READS_BODY.test(ctx.source)) return;
      const writes = limitWrites(ctx);
      for (const w of writes) {
        const v = ctx.constant(w.value);
        if (v?.kind === 'none') ctx.report(w.at, { message: 'MAX_CONTENT_LENGTH is None: uploads of any size are accepted', kind: 'vulnerability', confidence: 'high' });
        else if ((v?.kind === 'int' || v?.kind === 'float') && v.value > GIB) {
          ctx.report(w.at, { message: `MAX_CONTENT_LENGTH is ${(v.value / GIB).toFixed(1)} GiB: one request may fill that much disk`, kind: 'vulnerability' });
        }
      }
      // An unset limit is judged only where uploads are read: a JSON API is the proxy's business.
      if (!files || writes.length > 0 || /\bmax_content_length\b/.test(ctx.source)) return;
      const loaded = LOADED_ELSEWHERE.test(ctx.source);
      const configClass = loaded ? loadedConfigClass(node, ctx, LOADED_ELSEWHERE) : null;
      if (loaded && (!configClass || !ctx.reportThrough)) return;
      const flaskApps = [...appNames(ctx)].filter(([, kind]) => kind === 'flask').map(([name]) => name);
      if (flaskApps.length === 0) return;
      const read = wholeRead(node, ctx);
      const unset = configClass ? `its config class ${configClass} does not set MAX_CONTENT_LENGTH` : 'MAX_CONTENT_LENGTH is not set';
      const report = (app: string) => read
        ? { message: `${app}: ${unset} and ${read.text.slice(0, 60)} (line ${read.startPosition.row + 1}) reads a whole upload into memory: one request of any size fills the worker's memory. Set MAX_CONTENT_LENGTH`, kind: 'vulnerability' as const }
        : { message: `${app} reads request.files but ${unset}: unless a proxy caps the body, a request of any size is accepted. Check the proxy's limit (client_max_body_size …) or set MAX_CONTENT_LENGTH` };
      // Report where the first app is made: that is where the limit belongs.
      for (const n of descendants(node)) {
        if (n.type !== 'assignment') continue;
        const left = n.childForFieldName('left');
        if (left?.type === 'identifier' && flaskApps.includes(left.text) && n.childForFieldName('right')?.type === 'call') {
          const options = report(left.text);
          if (configClass) ctx.reportThrough!(n, options, { callee: configClass, trait: NO_UPLOAD_LIMIT });
          else ctx.report(n, options);
          return;
        }
      }
    },
  },
});
