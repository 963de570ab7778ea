// Every file's endpoint facts indexed for the project-wide assembly: functions, classes and module
// objects by qualified name, the wiring calls, class hierarchies within the project, and the
// "constructed by" name of an object (`bp = Blueprint(...)` makes `bp.route` a Blueprint's route).
import type { CallFact, ClassFact, FileEndpointFacts, FunctionFact } from './file-facts.js';
import type { Val } from './values.js';

export interface Located<T> {
  file: FileEndpointFacts;
  fact: T;
}

export class ProjectIndex {
  readonly functions = new Map<string, Located<FunctionFact>>();
  readonly classes = new Map<string, Located<ClassFact>>();
  readonly modules = new Map<string, FileEndpointFacts>();
  readonly calls: Array<Located<CallFact>> = [];
  /** Qualified names the project calls somewhere. */
  private readonly calledNames = new Set<string>();
  /** Project classes another project class derives from (bases and mixins, not views of their own). */
  private readonly baseNames = new Set<string>();
  /** Every module's import-free re-exports are not followed; names resolve where they are defined. */
  constructor(readonly files: readonly FileEndpointFacts[]) {
    for (const file of files) {
      this.modules.set(file.module, file);
      for (const fn of file.functions) if (!this.functions.has(fn.q)) this.functions.set(fn.q, { file, fact: fn });
      for (const c of file.classes) {
        if (!this.classes.has(c.q)) this.classes.set(c.q, { file, fact: c });
        for (const m of Object.values(c.methods)) if (!this.functions.has(m.q)) this.functions.set(m.q, { file, fact: m });
      }
      for (const call of file.calls) this.calls.push({ file, fact: call });
      for (const q of file.called ?? []) addBoth(this.calledNames, q);
      for (const c of file.classes) for (const b of c.bases) if ((b.k === 'ref' || b.k === 'generic') && b.q) addBoth(this.baseNames, b.q);
    }
  }

  /** Whether the project calls this function itself (allowing for the package-root difference). */
  isCalled(q: string): boolean {
    return hasEither(this.calledNames, q);
  }

  /** Whether another project class derives from this one. */
  isBase(q: string): boolean {
    return hasEither(this.baseNames, q);
  }

  /**
   * A scanned folder that is itself a package (`graphite/` scanned as the root) names its modules
   * without the package (`render.urls`) while its imports name it (`graphite.render.urls`): a name
   * not found is tried once more without its first segment.
   */
  private lookup<T>(map: ReadonlyMap<string, T>, q: string): T | undefined {
    const hit = map.get(q);
    if (hit !== undefined) return hit;
    const dot = q.indexOf('.');
    return dot > 0 ? map.get(q.slice(dot + 1)) : undefined;
  }

  /** Two qualified names of one object, allowing for the package-root difference above. */
  same(a: string | null | undefined, b: string | null | undefined): boolean {
    if (!a || !b) return false;
    if (a === b) return true;
    const strip = (x: string) => x.slice(x.indexOf('.') + 1);
    return (a.includes('.') && strip(a) === b) || (b.includes('.') && strip(b) === a);
  }

  module(name: string): FileEndpointFacts | undefined {
    return this.lookup(this.modules, name);
  }

  /** A module variable's value (`shop.urls.router`), or a local one of the same file. */
  assign(q: string, file?: FileEndpointFacts): Val | undefined {
    if (q.startsWith('local:')) return file?.assigns[q];
    const dot = q.lastIndexOf('.');
    const mod = this.module(q.slice(0, dot));
    return mod ? mod.assigns[`${mod.module}.${q.slice(dot + 1)}`] : undefined;
  }

  /** The function or method a qualified name resolves to in the project. */
  fn(q: string | null | undefined): Located<FunctionFact> | undefined {
    return q ? this.lookup(this.functions, q) : undefined;
  }

  cls(q: string | null | undefined): Located<ClassFact> | undefined {
    return q ? this.lookup(this.classes, q) : undefined;
  }

  /** `x.attr` where x = C(...): `C().attr`; a plain qualified name stays itself. */
  canon(q: string | null | undefined, file?: FileEndpointFacts): string {
    if (!q) return '';
    const parts = q.split('.');
    for (let i = parts.length - 1; i >= 1; i--) {
      const head = parts.slice(0, i).join('.');
      const v = this.assign(head, file);
      if (v?.k === 'call' && v.q) return `${v.q}()${i < parts.length ? '.' + parts.slice(i).join('.') : ''}`;
    }
    return q;
  }

  /** The constructor of the object a name holds (`flask.Blueprint`), or null. */
  constructor_(q: string | null | undefined, file?: FileEndpointFacts): string | null {
    if (!q) return null;
    const v = this.assign(q, file);
    return v?.k === 'call' ? v.q : null;
  }

  /** The class and its ancestors: project classes first found, then external base names. */
  lineage(q: string): { classes: Array<Located<ClassFact>>; external: string[] } {
    const classes: Array<Located<ClassFact>> = [];
    const external: string[] = [];
    const seen = new Set<string>();
    const queue = [q];
    while (queue.length > 0 && seen.size < 64) {
      const cur = queue.shift()!;
      if (seen.has(cur)) continue;
      seen.add(cur);
      const c = this.cls(cur);
      if (!c) {
        external.push(cur);
        continue;
      }
      classes.push(c);
      for (const b of c.fact.bases) {
        const name = b.k === 'ref' ? b.q : b.k === 'generic' ? b.q : null;
        if (name) queue.push(name);
      }
    }
    return { classes, external };
  }

  /** A class attribute as the nearest class in the lineage declares it. */
  classAttr(q: string, name: string): { value: Val; owner: Located<ClassFact> } | undefined {
    for (const c of this.lineage(q).classes) {
      const v = c.fact.attrs[name];
      if (v) return { value: v, owner: c };
    }
    return undefined;
  }

  /** The method as the nearest class in the lineage defines it. */
  method(q: string, name: string): Located<FunctionFact> | undefined {
    for (const c of this.lineage(q).classes) {
      const m = c.fact.methods[name];
      if (m) return { file: c.file, fact: m };
    }
    return undefined;
  }

  callsOf(method: string): Array<Located<CallFact>> {
    return this.calls.filter((c) => c.fact.method === method);
  }
}

/** A name kept as written and without its first segment (the package-root difference of lookup()). */
function addBoth(set: Set<string>, q: string): void {
  set.add(q);
  const dot = q.indexOf('.');
  if (dot > 0) set.add(q.slice(dot + 1));
}

function hasEither(set: ReadonlySet<string>, q: string): boolean {
  const dot = q.indexOf('.');
  return set.has(q) || (dot > 0 && set.has(q.slice(dot + 1)));
}

/** A name a value refers to: a plain name, or the callee of a call. */
export function nameOf(v: Val | undefined | null): string | null {
  if (!v) return null;
  if (v.k === 'ref') return v.q;
  if (v.k === 'call' || v.k === 'generic') return v.q;
  return null;
}
