// Where each handler ends: the inventory's frameworks say where a handler starts (its `def` or class
// line); the end comes from the definition the scan read at that place, in one pass over every
// framework's endpoints, so a framework's part gets Endpoint.handler.endLine without saying it.
// A view the scan did not read as a definition (a dotted string in a URLconf, an imported or
// unresolved view, the admin site) keeps no end: nothing is guessed.
import type { Endpoint } from '../../domain/index.js';
import type { ProjectIndex } from './project.js';

interface Extent {
  name: string;
  endLine: number;
  /** The first decorator's line, when above the definition's. */
  startLine?: number;
  /** A class's own methods, decorators included. */
  ownMethods?: Array<{ startLine: number; endLine: number }>;
}

function extentsByPlace(index: ProjectIndex): Map<string, Extent[]> {
  const out = new Map<string, Extent[]>();
  const add = (file: string, def: { name: string; line: number; endLine?: number; startLine?: number }, ownMethods?: Extent['ownMethods']) => {
    if (def.endLine === undefined || def.endLine < def.line) return;
    const k = `${file}\u0000${def.line}`;
    const extent: Extent = { name: def.name, endLine: def.endLine };
    if (def.startLine !== undefined && def.startLine < def.line) extent.startLine = def.startLine;
    if (ownMethods && ownMethods.length > 0) extent.ownMethods = ownMethods;
    out.set(k, [...(out.get(k) ?? []), extent]);
  };
  for (const file of index.files) {
    for (const fn of file.functions) add(file.path, fn);
    for (const c of file.classes) {
      const methods = Object.values(c.methods);
      const spans = methods.flatMap((m) => (m.endLine === undefined ? [] : [{ startLine: Math.min(m.startLine ?? m.line, m.line), endLine: m.endLine }]));
      add(file.path, c, spans);
      for (const m of methods) add(file.path, m);
    }
  }
  return out;
}

/**
 * The endpoints with `handler.endLine` (and `startLine` at a first decorator, `ownMethods` for a
 * class view's inherited handlers) from the definition at the handler's file and line whose
 * name is one of the handler's qualified name's segments (`ProductView` for an inherited
 * `shop.views.ProductView.get` at the class line); an end a framework set itself is kept.
 */
export function withHandlerEnds(endpoints: readonly Endpoint[], index: ProjectIndex): Endpoint[] {
  const places = extentsByPlace(index);
  return endpoints.map((e) => {
    if (e.handler.endLine !== undefined) return e;
    const segments = new Set(e.handler.name.split('.'));
    const def = (places.get(`${e.handler.file}\u0000${e.handler.line}`) ?? []).find((d) => segments.has(d.name));
    if (!def) return e;
    const handler: Endpoint['handler'] = { file: e.handler.file, line: e.handler.line, endLine: def.endLine, name: e.handler.name };
    if (def.startLine !== undefined) handler.startLine = def.startLine;
    if (def.ownMethods) handler.ownMethods = def.ownMethods;
    return { ...e, handler };
  });
}
