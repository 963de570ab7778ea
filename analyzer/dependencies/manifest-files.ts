// Which files are dependency manifests, by name, and which reader reads them.
import type { ManifestKind } from '../../domain/index.js';

/** The manifest kind of a path relative to the root (POSIX), or null. */
export function manifestKind(relPath: string): ManifestKind | null {
  const parts = relPath.split('/');
  const name = parts.at(-1)!;
  const lower = name.toLowerCase();
  switch (name) {
    case 'pyproject.toml':
      return 'pyproject';
    case 'poetry.lock':
      return 'poetry-lock';
    case 'Pipfile':
      return 'pipfile';
    case 'Pipfile.lock':
      return 'pipfile-lock';
    case 'uv.lock':
      return 'uv-lock';
    case 'pdm.lock':
      return 'pdm-lock';
    case 'setup.cfg':
      return 'setup-cfg';
    case 'setup.py':
      return 'setup-py';
  }
  if (/^constraints.*\.txt$/.test(lower)) return 'constraints';
  if (/^requirements.*\.txt$/.test(lower)) return 'requirements';
  if (parts.at(-2)?.toLowerCase() === 'requirements' && lower.endsWith('.txt')) return /constraint/.test(lower) ? 'constraints' : 'requirements';
  return null;
}

/** True for a name discovery should list as a manifest (setup.py is listed as Python already). */
export function isManifestPath(relPath: string): boolean {
  const kind = manifestKind(relPath);
  return kind !== null && kind !== 'setup-py';
}
