// Module resolution as Python does it for the project. Every file keeps its path-based module id
// (`webapp/storage.py` is `webapp.storage`: ids, traces and fingerprints never depend on where the
// project's roots are), and an imported name is mapped onto those ids through the folders Python would
// put on sys.path: the folder a script runs from, the folder above a package chain (`src/` layouts,
// apps in sub-folders), and the project root. `from storage import find_by_tag` in webapp/app.py is
// `webapp.storage.find_by_tag`.

/** A folder as a dotted prefix of module ids: `src/app` → `src.app`; the project root is ''. */
type Root = string;

export class ModuleMap {
  /** Roots an importer sees first, nearest first: its own script folder and package chain tops. */
  private readonly ownRoots = new Map<string, Root[]>();
  /** Roots that hold a package (or a manage.py / setup.py / conftest.py): on sys.path for every file. */
  private readonly sharedRoots: Root[];
  private readonly cache = new Map<string, string | null>();

  constructor(
    files: ReadonlyArray<{ path: string; module: string }>,
    private readonly isModule: (id: string) => boolean,
  ) {
    const packages = new Set<string>();
    for (const f of files) {
      const m = /^(.*?)(?:^|\/)__init__\.pyi?$/.exec(f.path.replace(/\\/g, '/'));
      if (m) packages.add(m[1]!);
    }
    const shared = new Set<Root>();
    for (const f of files) {
      const dirs = f.path.replace(/\\/g, '/').split('/').slice(0, -1);
      // Walk up while the folder is a package: the folder above the chain is where Python finds it.
      let top = dirs.length;
      while (top > 0 && packages.has(dirs.slice(0, top).join('/'))) top--;
      const roots: Root[] = [];
      for (let i = top; i > 0; i--) {
        if (i === top || !packages.has(dirs.slice(0, i).join('/'))) roots.push(dirs.slice(0, i).join('.'));
      }
      this.ownRoots.set(f.module, roots);
      const base = f.path.replace(/\\/g, '/').split('/').pop()!;
      if (top > 0 && (top < dirs.length || /^(manage|setup|conftest|wsgi|asgi)\.py$/.test(base) || dirs[top - 1] === 'src')) {
        shared.add(dirs.slice(0, top).join('.'));
      }
    }
    this.sharedRoots = [...shared].sort();
  }

  /**
   * `q` (a dotted name as an import in module `importer` wrote it) rewritten onto the project's module
   * ids, or null when no root holds it. Names already valid from the project root are not asked here.
   */
  resolve(q: string, importer: string | undefined): string | null {
    const own = importer !== undefined ? (this.ownRoots.get(importer) ?? []) : [];
    const key = `${own.join(',')}\0${q}`;
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    let out = this.first(q, own);
    // A root of another part of the project (an installed package, a src/ layout) only when one
    // holds the name: two candidates would be a guess.
    if (out === null) {
      const found = this.sharedRoots.filter((r) => !own.includes(r)).flatMap((r) => this.under(q, r) ?? []);
      out = found.length === 1 ? found[0]! : null;
    }
    this.cache.set(key, out);
    return out;
  }

  private first(q: string, roots: readonly Root[]): string | null {
    for (const r of roots) {
      const hit = this.under(q, r);
      if (hit) return hit;
    }
    return null;
  }

  /** `q` under root `r`, when some leading part of it names a module there. */
  private under(q: string, r: Root): string | null {
    if (!r) return null;
    const parts = q.split('.');
    for (let k = parts.length; k >= 1; k--) {
      if (this.isModule(`${r}.${parts.slice(0, k).join('.')}`)) return `${r}.${q}`;
    }
    return null;
  }
}
