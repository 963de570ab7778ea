// A CycloneDX 1.6 JSON SBOM of a project's dependencies: one component per package and version
// (purl pkg:pypi/name@version), its scope from the groups that use it, hashes and the dependency
// graph from lock files, and the known vulnerabilities with Assay's triage as their analysis
// state, so the SBOM doubles as a VEX document. Validated against the library's bundled 1.6 schema
// in the tests.
import { randomUUID } from 'node:crypto';
import { PackageURL } from 'packageurl-js';
import type { VexState } from '../domain/index.js';
import type { Dependency, DependencyInventory } from '../analyzer/dependencies/model.js';
import type { Advisory } from '../analyzer/dependencies/advisory.js';
import { affectingVersion } from '../analyzer/dependencies/match.js';
import { fingerprintOf } from '../analyzer/fingerprint.js';
import type { TriageStatus } from '../domain/index.js';

export interface SbomTriage {
  status: TriageStatus;
  reason: string | null;
}

export interface SbomInput {
  projectName: string;
  inventory: DependencyInventory;
  advisories: readonly Advisory[];
  /** Triage decisions by finding fingerprint (the store's), so the analysis states follow people's decisions. */
  triage?: ReadonlyMap<string, SbomTriage>;
  toolVersion: string;
  timestamp?: string;
  serialNumber?: string;
}

type Json = Record<string, unknown>;

const HASH_ALGS: Record<string, string> = { md5: 'MD5', sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512' };
const HASH_LENGTH: Record<string, number> = { MD5: 32, 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128 };

/** Triage → CycloneDX impact analysis. An open finding is still being triaged. */
export function vexOf(t: SbomTriage | undefined): { state: VexState; response?: string[]; detail?: string } {
  const detail = t?.reason ? { detail: t.reason } : {};
  switch (t?.status) {
    case 'confirmed':
      return { state: 'exploitable', ...detail };
    case 'false_positive':
      return { state: 'false_positive', ...detail };
    case 'accepted_risk':
      return { state: 'exploitable', response: ['will_not_fix'], ...detail };
    default:
      return { state: 'in_triage', ...detail };
  }
}

function purlOf(d: Dependency): string {
  return new PackageURL('pypi', null, d.name, d.version, null, null).toString();
}

function scopeOf(groups: ReadonlySet<string>): 'required' | 'optional' | 'excluded' {
  if (groups.size === 0 || groups.has('main')) return 'required';
  if ([...groups].every((g) => /^(dev|test|lint|docs?|typing|mypy)$/.test(g))) return 'excluded';
  return 'optional';
}

function hashesOf(d: Dependency): Json[] {
  const out = new Map<string, Json>();
  for (const h of d.hashes) {
    const [alg, content] = h.split(':') as [string, string | undefined];
    const name = HASH_ALGS[alg.toLowerCase()];
    if (!name || !content || content.length !== HASH_LENGTH[name] || !/^[a-f0-9]+$/i.test(content)) continue;
    out.set(content.toLowerCase(), { alg: name, content: content.toLowerCase() });
  }
  return [...out.values()];
}

export function buildSbom(input: SbomInput): Json {
  // One component per (name, version): the same package declared in two files is one component.
  const byRef = new Map<string, { dep: Dependency; groups: Set<string>; hashes: Json[]; sources: string[]; dependsOn: Set<string> }>();
  for (const d of input.inventory.dependencies) {
    const ref = d.version ? purlOf(d) : `${purlOf(d)}#${d.path}:${d.line}`;
    const entry = byRef.get(ref) ?? { dep: d, groups: new Set<string>(), hashes: [], sources: [], dependsOn: new Set<string>() };
    for (const g of d.groups) entry.groups.add(g);
    if (entry.hashes.length === 0) entry.hashes = hashesOf(d);
    entry.sources.push(`${d.path}:${d.line}`);
    for (const n of d.dependsOn) entry.dependsOn.add(n);
    byRef.set(ref, entry);
  }
  const refOfName = new Map<string, string>();
  for (const [ref, e] of byRef) if (!refOfName.has(e.dep.name)) refOfName.set(e.dep.name, ref);

  const components = [...byRef].map(([ref, e]) => {
    const c: Json = { type: 'library', 'bom-ref': ref, name: e.dep.name, purl: purlOf(e.dep), scope: scopeOf(e.groups) };
    if (e.dep.version) c.version = e.dep.version;
    if (e.hashes.length) c.hashes = e.hashes;
    const props = [
      ...e.sources.map((s) => ({ name: 'assay:declared-at', value: s })),
      ...(e.dep.specifier ? [{ name: 'assay:specifier', value: e.dep.specifier }] : []),
      { name: 'assay:direct', value: String(e.dep.direct) },
      ...[...e.groups].sort().map((g) => ({ name: 'assay:group', value: g })),
    ];
    c.properties = props;
    if (e.dep.url && e.dep.source !== 'registry') c.externalReferences = [{ type: e.dep.source === 'vcs' ? 'vcs' : 'distribution', url: e.dep.url }];
    return c;
  });

  const root = 'project';
  const dependencies: Json[] = [
    { ref: root, dependsOn: [...new Set([...byRef].filter(([, e]) => e.dep.direct).map(([ref]) => ref))] },
    ...[...byRef].map(([ref, e]) => ({ ref, dependsOn: [...new Set([...e.dependsOn].map((n) => refOfName.get(n)).filter((r): r is string => r !== undefined && r !== ref))] })),
  ];

  const vulnerabilities: Json[] = [];
  const seen = new Set<string>();
  for (const d of input.inventory.dependencies) {
    if (!d.version) continue;
    for (const { advisory, fixed } of affectingVersion(input.advisories, d.name, d.version)) {
      const key = `${advisory.id}\u0000${d.name}@${d.version}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // The same identity PY-DEP-VULN gives its finding: triage recorded on it applies here.
      const fingerprint = fingerprintOf(['PY-DEP-VULN', d.path, `${d.name}\u0000${advisory.id}`]);
      const cvss = advisory.severityVectors.find((v) => v.type === 'CVSS_V3');
      const v: Json = {
        'bom-ref': `vuln:${advisory.id}:${d.name}@${d.version}`,
        id: advisory.id,
        source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(advisory.id)}` },
        ratings: [{ ...(advisory.severity ? { severity: advisory.severity } : { severity: 'unknown' }), ...(cvss ? { method: cvss.score.startsWith('CVSS:3.0') ? 'CVSSv3' : 'CVSSv31', vector: cvss.score } : {}) }],
        description: advisory.summary || advisory.id,
        affects: [{ ref: d.version ? purlOf(d) : d.name }],
        analysis: vexOf(input.triage?.get(fingerprint)),
        properties: [{ name: 'assay:fingerprint', value: fingerprint }],
      };
      if (advisory.aliases.length) v.references = advisory.aliases.filter((a) => a !== advisory.id).map((a) => ({ id: a, source: { name: a.startsWith('CVE-') ? 'NVD' : a.startsWith('GHSA-') ? 'GitHub' : 'OSV' } }));
      if (advisory.details) v.detail = advisory.details;
      if (fixed) v.recommendation = `Upgrade ${d.name} to ${fixed} or later.`;
      if (advisory.published) v.published = advisory.published;
      v.updated = advisory.modified;
      vulnerabilities.push(v);
    }
  }

  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: input.serialNumber ?? `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: {
      timestamp: input.timestamp ?? new Date().toISOString(),
      tools: { components: [{ type: 'application', name: 'assay', version: input.toolVersion }] },
      component: { type: 'application', 'bom-ref': root, name: input.projectName },
    },
    components,
    dependencies,
    vulnerabilities,
  };
}
