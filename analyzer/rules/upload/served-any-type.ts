// The complete form of the upload hotspots: a handler keeps the extension the client sent, makes no
// test that could be a type check, and the file is served back by the site itself — from a static
// or public folder, at the storage URL the handler hands out, or inline by a view of the same module
// that lets the server guess its type from the name. Then an .html or .svg upload is a page of the
// site's origin: nothing left for configuration to decide, so it is a vulnerability.
import { defineRule, type RuleContext, type SyntaxNode } from '../../rule.js';
import { isTestPath } from '../support/test-paths.js';
import { callReceiverText, callTail, descendants, ownNodes } from '../support/local-flow.js';
import { keywordArgument, positionalArguments } from '../support/calls.js';
import { clientName, publicPart, uploadStores, type UploadStore } from './uploads.js';
import { mayCheckType } from './type-evidence.js';
import { anyTypeFileField, inlineFileResponses, modelFormSaves, modelStores, noteModelFileFields } from './django-model-files.js';

/** Django: uploads given to a model's file field as they are, served inline by a FileResponse of the module. */
function modelStoresServed(root: SyntaxNode, ctx: RuleContext): void {
  let inline: ReturnType<typeof inlineFileResponses> | null = null;
  for (const fn of descendants(root)) {
    if (fn.type !== 'function_definition') continue;
    const stores = modelStores(fn);
    if (stores.length === 0 || mayCheckType(fn)) continue;
    inline ??= inlineFileResponses(root, ctx);
    for (const store of stores) {
      const served = inline.find((s) => s.field === store.field && (!store.model || !s.fn || new RegExp(`\\b${store.model}\\b`).test(s.fn.text)));
      if (!served) continue;
      ctx.report(store.call, { message: `the upload is stored in ${store.model ?? 'the model'}.${store.field} under its own name (Django keeps the client's extension), with no check of its type, and a FileResponse serves ${store.field} inline with the type guessed from that name: an .html or .svg file becomes a page of the site. Check the extension and content, or serve it as_attachment with a fixed content_type` });
    }
  }
}

/** Django: ModelForms saving a model FileField that checks nothing (known from the model's module), whose URL the view hands out. */
function modelFormsServed(root: SyntaxNode, ctx: RuleContext): void {
  if (!ctx.reportThrough) return;
  for (const fn of descendants(root)) {
    if (fn.type !== 'function_definition') continue;
    // The saves first: few functions save a form, and the type evidence reads the whole body.
    const saves = modelFormSaves(fn, root, ctx);
    if (saves.length === 0 || mayCheckType(fn, true)) continue;
    for (const save of saves) {
      ctx.reportThrough(save.save, { message: `the form saves the upload into ${save.model}.${save.field}, a FileField with no validator that keeps the client's file name and extension, and the view hands out its URL (${save.field}.url): an .html or .svg file becomes a page of the site. Add a FileExtensionValidator (and a content check) to the field, or serve it as an attachment` }, { callee: save.model, trait: anyTypeFileField(save.field) });
    }
  }
}

/** The folder a destination is joined onto: `os.path.join(D, name)`, `D / name`. */
function folderOf(dst: SyntaxNode | null): string | null {
  if (dst?.type === 'call' && /(^|\.)path\.join$/.test(dst.childForFieldName('function')?.text ?? '')) return positionalArguments(dst)[0]?.text ?? null;
  if (dst?.type === 'binary_operator' && dst.children.some((c) => c.type === '/')) return dst.childForFieldName('left')?.text ?? null;
  return null;
}

/** Folders that a view of the module serves inline with `send_from_directory(D, name)`, the type guessed from the name. */
function inlineServed(root: SyntaxNode, ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const n of descendants(root)) {
    if (n.type !== 'call' || !/(^|\.)send_from_directory$/.test(ctx.names.qualifiedName(n.childForFieldName('function')) ?? '')) continue;
    const attachment = ctx.constant(keywordArgument(n, 'as_attachment'));
    if ((attachment?.kind === 'bool' && attachment.value) || keywordArgument(n, 'as_attachment') && !attachment) continue;
    if (keywordArgument(n, 'mimetype') || keywordArgument(n, 'download_name')) continue;
    const folder = positionalArguments(n)[0] ?? keywordArgument(n, 'directory');
    if (folder) out.add(folder.text);
  }
  return out;
}

/** How the stored file reaches a browser as the site's own page, or null when the code does not show it. */
function servedBy(store: UploadStore, fn: SyntaxNode, inline: Set<string>): string | null {
  if (store.destination) {
    const where = publicPart(store.destination, fn);
    if (where) return `it is written under ${where.text}, a folder the web server publishes`;
    const folder = folderOf(store.destination);
    if (folder && inline.has(folder)) return `send_from_directory(${folder}, …) serves it back inline, its type guessed from that extension`;
    return null;
  }
  const storage = callReceiverText(store.call);
  if (!storage) return null;
  for (const n of ownNodes(fn)) if (n.type === 'call' && callTail(n) === 'url' && callReceiverText(n) === storage) return `the handler hands out its public URL (${storage}.url)`;
  return null;
}

export const uploadServedAnyType = defineRule({
  id: 'PY-UPLOAD-SERVED-ANY-TYPE',
  title: 'Upload of any type served back by the site under the client’s extension',
  cwe: [434, 552],
  asvs: { '5.0.0': ['V5.2.2', 'V5.3.1'], '4.0.3': ['V12.2.1', 'V12.5.2'] },
  severity: 'high',
  confidence: 'medium',
  kind: 'vulnerability',
  needs: [{ kind: 'api', families: ['upload'] }],
  docs: {
    what:
      'Finds a handler that stores an upload under a name keeping the client’s extension (its file name, splitext(name)[1], Path(name).suffix, even after secure_filename) and makes no test that could check its type — only presence, emptiness or the content type the client declared — when the site serves the file back itself: a static, public or MEDIA_ROOT folder, the storage URL the handler returns, or send_from_directory in the same module without as_attachment or a fixed mimetype. Flask-WTF FileFields count as checked when they carry FileAllowed or a validate_<field> method. Django: an upload given as it is to a model FileField (objects.create(file=upload)) that a FileResponse of the module serves inline without a fixed content_type, and a ModelForm saving a model FileField without validators (the model read in whatever module defines it) whose URL the view hands out.',
    why: 'The client chooses the extension and with it the type the file is served with: an uploaded page.html or image.svg is a page of the site’s origin that runs script for every user who opens its link (stored XSS), and a server that maps extensions to handlers may run it as code.',
    example: 'f = request.files["avatar"]\next = os.path.splitext(f.filename)[1]\nf.save(os.path.join(app.static_folder, "avatars", uuid.uuid4().hex + ext))',
    fix: 'ext = os.path.splitext(f.filename)[1].lower()\nif ext not in {".png", ".jpg"}:\n    abort(400)\nImage.open(f.stream).verify()  # the bytes are the image the extension claims\nf.stream.seek(0)\nf.save(os.path.join(app.static_folder, "avatars", uuid.uuid4().hex + ext))',
    byFramework: {
      django: {
        example: 'upload = request.FILES["attachment"]\nname = default_storage.save(f"attachments/{upload.name}", upload)\nreturn JsonResponse({"url": default_storage.url(name)})',
        fix: 'FileExtensionValidator(["pdf", "png"])(upload)  # or a form field with the validator\nname = default_storage.save(f"attachments/{uuid.uuid4().hex}{Path(upload.name).suffix.lower()}", upload)',
      },
    },
    references: [
      'https://cwe.mitre.org/data/definitions/434.html',
      'https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html',
      'https://docs.djangoproject.com/en/stable/topics/security/#user-uploaded-content',
    ],
  },
  visit: {
    module(root, ctx) {
      if (isTestPath(ctx.path)) return;
      noteModelFileFields(root, ctx);
      modelStoresServed(root, ctx);
      modelFormsServed(root, ctx);
      let inline: Set<string> | null = null;
      for (const fn of descendants(root)) {
        if (fn.type !== 'function_definition') continue;
        const stores = uploadStores(fn, ctx).filter((s) => s.name);
        if (stores.length === 0 || mayCheckType(fn)) continue;
        for (const store of stores) {
          const name = clientName(store.name!, fn, ctx, { cleaned: true, djangoName: true });
          if (!name) continue;
          const served = servedBy(store, fn, (inline ??= inlineServed(root, ctx)));
          if (!served) continue;
          ctx.report(store.call, { message: `the upload is stored under a name that keeps the extension of ${name.text}, with no check of its type, and ${served}: an .html or .svg file becomes a page of the site. Check the extension against an allow-list and the content, or serve it as an attachment` });
        }
      }
    },
  },
});
