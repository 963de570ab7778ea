// The dependency section: what the project declares and locks, which components have known
// vulnerabilities (with the version that fixes them), which names look like squats, and how old
// the advisory data is. Every value from the repository is escaped by html``.
import type { ReportModel } from '../model.js';
import { DISPOSITION_LABEL, formatInstant } from '../labels.js';
import { ADVISORY_MAX_AGE_DAYS, SEVERITY_LABELS, plural } from '../../domain/index.js';
import { html } from './markup.js';

export function dependenciesSection(model: ReportModel): ReturnType<typeof html> {
  const d = model.dependencies;
  if (!d) return html``;
  const c = d.counts;
  const data = d.advisoryData;
  const age = !data
    ? html`<p class="callout"><strong>No advisory data was imported for this scan.</strong> Versions were not checked for known vulnerabilities; the component requirements stay not verified.</p>`
    : (data.ageDays ?? 0) > ADVISORY_MAX_AGE_DAYS
      ? html`<p class="callout"><strong>The advisory data is ${data.ageDays} days old</strong> (${plural(data.count, 'advisory', 'advisories')}, newest modified ${data.newestModified ? formatInstant(data.newestModified) : '—'}): a clean result does not pass the component requirements until fresh data is imported.</p>`
      : html`<p>Matched against ${plural(data.count, 'imported advisory', 'imported advisories')} (newest modified ${data.newestModified ? formatInstant(data.newestModified) : '—'}, ${plural(data.ageDays ?? 0, 'day')} before the scan).</p>`;
  const vulnerable = d.vulnerable.length
    ? html`<table><thead><tr><th>Where</th><th class="tight">Severity</th><th>Advisory and fix</th><th class="tight">Status</th></tr></thead><tbody>${d.vulnerable.map(
        (v) => html`<tr><td class="mono">${v.path}:${v.line}</td><td class="tight"><span class="chip sev-${v.severity}">${SEVERITY_LABELS[v.severity]}</span></td><td>${v.message}<br><strong>Fix:</strong> ${v.fix} <a href="#finding-${v.findingId}">F${v.findingId}</a></td><td class="tight">${DISPOSITION_LABEL[v.disposition]}</td></tr>`,
      )}</tbody></table>`
    : html`<p>No component with a known vulnerability${data ? '' : ' (none could be checked)'}.</p>`;
  const suspicious = d.suspicious.length
    ? html`<table><thead><tr><th>Where</th><th>Rule</th><th>Why</th><th class="tight">Status</th></tr></thead><tbody>${d.suspicious.map(
        (s) => html`<tr><td class="mono">${s.path}:${s.line}</td><td class="mono">${s.ruleId}</td><td>${s.message}</td><td class="tight">${DISPOSITION_LABEL[s.disposition]}</td></tr>`,
      )}</tbody></table>`
    : html`<p>No near-miss or phantom package names.</p>`;
  const manifests = d.manifests.map((m) => html`<tr><td class="mono">${m.path}</td><td>${m.kind}</td><td>${m.count}</td></tr>`);
  const problems = d.problems.length ? html`<h3>Manifests not fully read</h3><ul>${d.problems.map((p) => html`<li><span class="mono">${p.path}${p.line ? `:${p.line}` : ''}</span> — ${p.message}</li>`)}</ul>` : html``;
  return html`<section class="major" id="dependencies"><h2>Dependencies</h2>
<p>${c.total} dependencies (${c.direct} direct, ${c.transitive} only in lock files) from ${plural(c.manifests, 'manifest file')}; ${c.exact} with an exact version. The evidence pack holds them as a CycloneDX 1.6 SBOM (sbom.cdx.json).</p>
${age}
<h3>Vulnerable components</h3>
${vulnerable}
<h3>Suspicious names</h3>
${suspicious}
${manifests.length ? html`<h3>Manifests read</h3><table><thead><tr><th>File</th><th>Kind</th><th>Entries</th></tr></thead><tbody>${manifests}</tbody></table>` : ''}
${problems}
</section>`;
}
