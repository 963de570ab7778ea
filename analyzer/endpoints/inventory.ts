// The project's endpoint inventory from every file's facts: each registered framework contributes
// its part (WebFramework.endpoints): URLconf routes are offered to the most specific framework first
// (DRF before Django), other routes come from each framework itself. Sorted one way (domain/
// compareEndpoints); a view reached twice by the same path is listed once. Views no route reaches
// are listed last, under an "(unrouted)" path, so the inventory shows every handler it judged.
import type { Endpoint } from '../../domain/index.js';
import { compareEndpoints, endpointKey } from '../../domain/index.js';
import type { FileEndpointFacts } from './file-facts.js';
import { ProjectIndex } from './project.js';
import { projectSettings } from './settings.js';
import { djangoCsrf } from '../frameworks/django/endpoints.js';
import { WEB_FRAMEWORKS } from '../frameworks/registry.js';
import type { InventoryContext } from './framework-part.js';
import { withHandlerEnds } from './handler-extent.js';
import { withBodyGuards } from './body-guards.js';
import type { ProjectDocument } from '../frameworks/api.js';

export function buildInventory(files: readonly (FileEndpointFacts | null | undefined)[], documents: readonly ProjectDocument[] = []): Endpoint[] {
  const index = new ProjectIndex(files.filter((f): f is FileEndpointFacts => !!f));
  const settings = projectSettings(index);
  const ctx: InventoryContext = { index, settings, djangoCsrf: djangoCsrf(settings), documents };
  const parts = WEB_FRAMEWORKS.filter((f) => f.endpoints);
  // A framework that extends another recognises its views first.
  const viewers = [...parts.filter((f) => f.extends), ...parts.filter((f) => !f.extends)].filter((f) => f.endpoints!.urlView);
  const out: Endpoint[] = [];
  for (const f of parts) {
    for (const t of f.endpoints!.urlTargets?.(ctx) ?? []) {
      for (const v of viewers) {
        const found = v.endpoints!.urlView!(t, ctx);
        if (found) {
          out.push(...found);
          break;
        }
      }
    }
    out.push(...(f.endpoints!.routes?.(ctx) ?? []));
  }
  // Views nothing routes: a more specific framework claims its own first (DRF's APIView before Django's View).
  const claimed = new Set<string>();
  const claim = (es: readonly Endpoint[]) => {
    for (const e of es) {
      const parts = e.handler.name.split('.');
      // Both spellings of a name: routes may name the scanned package (`graphite.render.views.x`)
      // while its modules do not (`render.views.x`), see ProjectIndex.lookup.
      for (let i = 2; i <= parts.length; i++) {
        claimed.add(parts.slice(0, i).join('.'));
        claimed.add(parts.slice(1, i).join('.'));
      }
    }
  };
  claim(out);
  for (const f of [...parts.filter((x) => x.extends), ...parts.filter((x) => !x.extends)]) {
    const found = f.endpoints!.unrouted?.(ctx, claimed) ?? [];
    claim(found);
    out.push(...found);
  }
  const seen = new Set<string>();
  return withBodyGuards(withHandlerEnds(out, index), index, WEB_FRAMEWORKS).sort(compareEndpoints).filter((e) => {
    const k = `${endpointKey(e)} ${e.handler.file}:${e.handler.line}`;
    return !seen.has(k) && !!seen.add(k);
  });
}
