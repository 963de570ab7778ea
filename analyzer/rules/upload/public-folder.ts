// An upload written into a folder the web server publishes (static files, media, a public web
// root) under a name the client chose: the file is served back as it was named, so an .html or
// .svg upload runs script in the site's origin. Whether the server sends it with a safe type or
// as an attachment is configuration code does not show: a hotspot.
import { defineRule } from '../../rule.js';
import { isTestPath } from '../support/test-paths.js';
import { clientName, publicPart, uploadStores } from './uploads.js';

export const uploadPublicFolder = defineRule({
  id: 'PY-UPLOAD-PUBLIC-FOLDER',
  title: 'Upload stored in a served folder under a client-chosen name',
  cwe: [434, 552],
  asvs: { '5.0.0': ['V5.3.1'], '4.0.3': ['V12.4.1', 'V12.5.2'] },
  severity: 'medium',
  confidence: 'medium',
  kind: 'hotspot',
  needs: [{ kind: 'api', families: ['upload'] }],
  docs: {
    what:
      'Finds an upload saved or written into a static, media or public web folder (app.static_folder, STATIC_ROOT, MEDIA_ROOT, a "static/" or "public/" path) under a name built from the client’s file name, even one cleaned by secure_filename, which keeps the extension.',
    why: 'The web server hands the file back as it is named: an uploaded page.html or image.svg runs script in the site’s origin (stored XSS), and a server that maps extensions to handlers may run it as code.',
    example: 'f.save(os.path.join(app.static_folder, "avatars", secure_filename(f.filename)))',
    fix: 'Store uploads outside the served folders under generated names (uuid4) and serve them through a view that sets Content-Type from an allow-list and Content-Disposition: attachment.',
    references: [
      'https://cwe.mitre.org/data/definitions/434.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html#storage',
      'https://docs.djangoproject.com/en/stable/topics/security/#user-uploaded-content',
    ],
  },
  visit: {
    function_definition(node, ctx) {
      if (isTestPath(ctx.path)) return;
      for (const store of uploadStores(node, ctx)) {
        if (!store.destination) continue;
        const where = publicPart(store.destination, node);
        const name = where ? clientName(store.destination, node, ctx, { cleaned: true, djangoName: true }) : null;
        if (!where || !name) continue;
        ctx.report(store.call, { message: `stored under ${where.text}, a folder the web server publishes, with a name taken from ${name.text}: the client picks the extension it is served with. Check how the server serves it (type, Content-Disposition) or store it elsewhere under a generated name` });
      }
    },
  },
});
