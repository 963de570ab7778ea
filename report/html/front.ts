// The opening pages: cover, table of contents and executive summary.
import { SEVERITIES } from '../../analyzer/types.js';
import { REQUIREMENT_STATUSES } from '../../asvs/types.js';
import type { ReportModel } from '../model.js';
import { formatInstant, formatPercent } from '../labels.js';
import { plural } from '../../domain/index.js';
import { AUTOMATABILITY_LABELS, REQUIREMENT_STATUS_LABELS, SEVERITY_LABELS } from '../../domain/index.js';
import { complianceChart } from './chart.js';
import { html, type SafeHtml } from './markup.js';

export interface TocEntry {
  id: string;
  title: string;
  sub?: boolean;
}

/** Page numbers per entry id, known only after a first PDF pass; absent in plain HTML. */
export type PageNumbers = Readonly<Record<string, number>>;

export function reportTitle(model: ReportModel): string {
  return `ASVS ${model.asvs.version} Level ${model.asvs.level} compliance report — ${model.project.name}`;
}

export function cover(model: ReportModel): SafeHtml {
  const s = model.scan;
  const git = s.gitCommit ? `${s.gitCommit}${s.gitDirty ? ' (uncommitted changes present)' : ''}` : 'not a git work tree';
  return html`<section class="cover" id="cover">
<p class="kicker">Application security evidence</p>
<h1>${model.project.name}</h1>
<p class="muted">OWASP ASVS ${model.asvs.version}, Level ${model.asvs.level} — static analysis report</p>
<table>
<tr><th>Project folder</th><td class="mono">${model.project.rootPath}</td></tr>
<tr><th>Commit</th><td class="mono">${git}</td></tr>
<tr><th>Branch</th><td class="mono">${s.gitBranch ?? '—'}</td></tr>
<tr><th>Scan</th><td>#${s.id} (${s.status}), ${formatInstant(s.startedAt)} to ${formatInstant(s.finishedAt)}</td></tr>
<tr><th>Tool</th><td>${model.tool.name} ${model.tool.analyzerVersion}, ruleset ${model.tool.rulesetVersion}${s.tool !== 'assay' ? `; results imported from ${s.tool}` : ''}</td></tr>
<tr><th>Standard</th><td>OWASP ASVS ${model.asvs.version}, Level ${model.asvs.level} (${plural(model.compliance.total.total, 'requirement')} in scope)</td></tr>
<tr><th>Reviewer</th><td>${model.reviewer}</td></tr>
<tr><th>Report generated</th><td>${formatInstant(model.generatedAt)}</td></tr>
</table>
</section>`;
}

export function tocEntries(model: ReportModel): TocEntry[] {
  const chapters = model.compliance.chapters.map((c) => ({ id: `req-${c.id}`, title: `${c.id} ${model.chapterNames[c.id] ?? c.name}`, sub: true }));
  return [
    { id: 'summary', title: 'Executive summary' },
    { id: 'requirements', title: 'Requirements' },
    ...chapters,
    { id: 'findings', title: `Findings (${model.findings.filter((f) => f.kind !== 'hotspot').length.toLocaleString('en-US')})` },
    { id: 'hotspots', title: `Hotspots to review (${model.findings.filter((f) => f.kind === 'hotspot').length.toLocaleString('en-US')})` },
    ...(model.dependencies ? [{ id: 'dependencies', title: 'Dependencies' }] : []),
    { id: 'decisions', title: 'Exceptions, dismissals and conflicts' },
    { id: 'coverage', title: 'Scan coverage' },
    { id: 'method', title: 'Method and limits' },
    ...(model.endpoints ? [{ id: 'endpoints', title: `Appendix: endpoint inventory (${model.endpoints.slice.total.toLocaleString('en-US')})` }] : []),
  ];
}

export function toc(model: ReportModel, pages?: PageNumbers): SafeHtml {
  const items = tocEntries(model).map(
    (e) => html`<li class="${e.sub ? 'sub' : ''}"><a href="#${e.id}">${e.title}</a><span class="fill"></span><span class="page">${pages?.[e.id] ?? ''}</span></li>`,
  );
  return html`<section class="major toc" id="contents"><h2>Contents</h2><ol>${items}</ol></section>`;
}

export function summary(model: ReportModel): SafeHtml {
  const t = model.compliance.total;
  const open = model.findings.filter((f) => f.kind !== 'hotspot' && (f.disposition === 'open' || f.disposition === 'confirmed'));
  const bySeverity = SEVERITIES.map((sev) => html`<td>${open.filter((f) => f.severity === sev).length}</td>`);
  const notVerified = t.counts['not_verified'];
  const statusRows = REQUIREMENT_STATUSES.map((s) => html`<tr><td><span class="chip st-${s}">${REQUIREMENT_STATUS_LABELS[s]}</span></td><td>${t.counts[s]}</td><td>${t.total ? formatPercent(t.counts[s] / t.total) : '—'}</td></tr>`);
  const levels = model.compliance.levels.map((l) => html`<tr><td>${l.name}</td><td>${l.total}</td><td>${formatPercent(l.compliance)}</td><td>${formatPercent(l.automatedCoverage)}</td></tr>`);
  const a = model.compliance.automatability;
  return html`<section class="major" id="summary"><h2>Executive summary</h2>
<div class="headline"><div class="big">${formatPercent(t.compliance)}</div>
<div>of the ${plural(t.total, 'requirement')} of ASVS ${model.asvs.version} Level ${model.asvs.level} are passing or not applicable.<br>
${t.counts.failing} failing · ${open.length} open ${open.length === 1 ? 'finding' : 'findings'} · ${notVerified} not verified.</div></div>
${model.scan.status !== 'complete' && model.scan.status !== 'imported' ? html`<p class="callout"><strong>This scan did not complete (${model.scan.status}).</strong> Its findings may be partial. ${model.scan.error ?? ''}</p>` : ''}
<p class="callout"><strong>Not verified is not passing.</strong> ${plural(notVerified, 'requirement')} in scope ${notVerified === 1 ? 'has' : 'have'} neither an automated result nor a person's attestation.
Static analysis can speak to ${a.automatable} of the ${t.total} requirements fully and to ${a.partial} partly; ${a.manual} are ${AUTOMATABILITY_LABELS.manual} by nature and need an attestation with evidence.</p>
<h3>Requirement status per chapter</h3>
${complianceChart(model.compliance.chapters)}
<table><thead><tr><th>Status</th><th>Requirements</th><th>Share</th></tr></thead><tbody>${statusRows}</tbody></table>
<h3>Compliance by level</h3>
<table><thead><tr><th>Level (cumulative)</th><th>Requirements</th><th>Compliance</th><th>Automated coverage</th></tr></thead><tbody>${levels}</tbody></table>
<h3>Open findings by severity</h3>
<table><thead><tr>${SEVERITIES.map((s) => html`<th>${SEVERITY_LABELS[s]}</th>`)}</tr></thead><tbody><tr>${bySeverity}</tr></tbody></table>
</section>`;
}
