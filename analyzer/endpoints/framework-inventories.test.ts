// Exact inventories of the framework fixture apps (test/fixtures/<app>) beyond Django, DRF, Flask and
// FastAPI: every route with its methods, full path, authentication and handler, parsed the way a scan
// parses them. An app listed here has its framework's endpoints.ts; one missing has no inventory yet.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

function inventory(app: string): string[] {
  const root = join(FIXTURES, app);
  const sources = readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.py'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((p) => ({ path: relative(root, p).replace(/\\/g, '/'), source: readFileSync(p, 'utf8') }));
  return analyzeSources(sources, []).endpoints.map((e) => `${e.framework} ${e.methods.join(',')} ${e.path} ${e.authentication} ${e.handler.name}`);
}

describe('framework inventories', () => {
  it('Starlette: Route lists of the app, HTTPEndpoint verbs, {name:int} converters', () => {
    expect(inventory('starlette-notes')).toEqual([
      'starlette GET /backup none notes.app.Backup.get',
      'starlette POST /backup none notes.app.Backup.post',
      'starlette GET /export none notes.app.export',
      'starlette GET /export2 none notes.app.export_safe',
      'starlette GET /go none notes.app.go',
      'starlette GET /hello/{name} none notes.app.greet',
      'starlette GET /notes/{note_id} none notes.app.note_page',
      'starlette GET /search none notes.app.search',
      'starlette GET /search2 none notes.app.search_safe',
    ]);
  });

  it('aiohttp: RouteTableDef decorators, router.add_<verb>, web.<verb> and web.view in add_routes, regex parameters', () => {
    expect(inventory('aiohttp-board')).toEqual([
      'aiohttp GET /about/{name} none board.views.about',
      'aiohttp POST /attachment none board.views.attachment',
      'aiohttp POST /ping none board.views.ping',
      'aiohttp DELETE /thread none board.views.ThreadView.delete',
      'aiohttp POST /thread none board.views.ThreadView.post',
      'aiohttp GET /threads none board.views.list_threads',
      'aiohttp GET /threads/{thread_id} none board.views.show_thread',
      'aiohttp GET /trace none board.views.trace',
      'aiohttp GET /users/{name} none board.views.profile',
    ]);
  });

  it('Falcon: add_route resources, their on_<verb> responders and suffixed responders', () => {
    expect(inventory('falcon-inventory')).toEqual([
      'falcon POST /export none inventory.resources.ExportResource.on_post',
      'falcon GET /items/{item_id} none inventory.resources.ItemResource.on_get',
      'falcon PUT /items/{item_id} none inventory.resources.ItemResource.on_put',
      'falcon GET /items/{sku}/label none inventory.resources.LabelResource.on_get',
      'falcon POST /items/{sku}/label none inventory.resources.LabelResource.on_post',
      'falcon GET /login none inventory.resources.LoginResource.on_get',
      'falcon GET /search none inventory.resources.SearchResource.on_get',
      'falcon GET /search/html none inventory.resources.SearchResource.on_get_html',
      'falcon POST /search/html none inventory.resources.SearchResource.on_post_html',
    ]);
  });

  it('Bottle: verb decorators on a Bottle app, wildcards with filters', () => {
    expect(inventory('bottle-pastebin')).toEqual([
      'bottle GET /by/{author} none pastebin.by_author',
      'bottle POST /highlight none pastebin.highlight',
      'bottle POST /login none pastebin.login',
      'bottle GET /paste/{paste_id} none pastebin.show',
      'bottle GET /prefs none pastebin.prefs',
      'bottle GET /preview none pastebin.preview',
      'bottle GET /raw/{name} none pastebin.raw',
      'bottle GET /search none pastebin.search',
      'bottle GET /static/{path} none pastebin.assets',
    ]);
  });
});
