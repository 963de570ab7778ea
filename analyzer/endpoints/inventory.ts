// The project's endpoint inventory from every file's facts: each framework contributes its routes,
// the result is sorted one way (domain/ compareEndpoints) and duplicates (one view reached twice by
// the same path) are dropped.
import type { Endpoint } from '../../domain/index.js';
import { compareEndpoints, endpointKey } from '../../domain/index.js';
import type { FileEndpointFacts } from './file-facts.js';
import { ProjectIndex } from './project.js';
import { projectSettings } from './settings.js';
import { djangoCsrf, djangoUrlTargets, djangoViewEndpoints } from '../frameworks/django/endpoints.js';
import { drfViewEndpoints } from '../frameworks/drf/endpoints.js';
import { flaskEndpoints } from '../frameworks/flask/endpoints.js';
import { fastapiEndpoints } from '../frameworks/fastapi/endpoints.js';

export function buildInventory(files: readonly (FileEndpointFacts | null | undefined)[]): Endpoint[] {
  const index = new ProjectIndex(files.filter((f): f is FileEndpointFacts => !!f));
  const settings = projectSettings(index);
  const out: Endpoint[] = [];
  const csrf = djangoCsrf(settings);
  for (const t of djangoUrlTargets(index, settings)) {
    out.push(...(drfViewEndpoints(t, index, settings, csrf) ?? djangoViewEndpoints(t, index, settings) ?? []));
  }
  out.push(...flaskEndpoints(index), ...fastapiEndpoints(index));
  const seen = new Set<string>();
  return out.sort(compareEndpoints).filter((e) => {
    const k = `${endpointKey(e)} ${e.handler.file}:${e.handler.line}`;
    return !seen.has(k) && !!seen.add(k);
  });
}
