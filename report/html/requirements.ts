// Requirement by requirement: status and the evidence behind it. "Not verified" is spelled out
// with the reason, never left blank or shaded like a pass.
import type { ReportFinding, ReportModel, ReportRequirement } from '../model.js';
import { formatInstant } from '../labels.js';
import { AUTOMATABILITY_LABELS, REQUIREMENT_STATUS_LABELS } from '../../domain/index.js';
import { breakablePath, html, type SafeHtml } from './markup.js';

function attestationEvidence(r: ReportRequirement): SafeHtml {
  const a = r.attestation;
  if (!a) return html``;
  const verdict = a.status === 'not_applicable' ? 'not applicable' : a.status;
  const conflict = a.overrideReason ? html`<br><strong>Conflict:</strong> attested over ${a.overriddenFindings} open finding${a.overriddenFindings === 1 ? '' : 's'}; override: ${a.overrideReason}` : '';
  const files = a.files.length ? html`<br><span class="muted">Evidence files (in the evidence pack under evidence/):</span> ${a.files.map((f, i) => html`${i ? ', ' : ''}<span class="mono">${f.name}</span> <span class="muted">sha256 ${f.sha256.slice(0, 12)}…</span>`)}` : '';
  return html`<div><strong>Attested ${verdict}</strong> by ${a.actor} on ${formatInstant(a.at)}${a.expiresAt ? `, valid until ${formatInstant(a.expiresAt)}` : ''}: ${a.evidence}
${a.links.length ? html`<br><span class="muted">Links (as recorded, not followed):</span> ${a.links.map((l, i) => html`${i ? ', ' : ''}<span class="mono">${l}</span>`)}` : ''}${conflict}${files}</div>`;
}

/** A requirement with hundreds of findings would fill pages with references; the findings section has them all. */
const SHOWN_REFS = 5;

function findingRefs(r: ReportRequirement, byId: ReadonlyMap<number, ReportFinding>): SafeHtml {
  if (r.findingIds.length === 0) return html``;
  const shown = r.findingIds.slice(0, SHOWN_REFS).map((id, i) => {
    const f = byId.get(id);
    return html`${i ? ', ' : ''}<a href="#finding-${id}">F${id}</a>${f ? html` <span class="mono">${breakablePath(f.path)}:${f.range.start.line}</span>` : ''}`;
  });
  const more = r.findingIds.length > SHOWN_REFS ? ` and ${r.findingIds.length - SHOWN_REFS} more (the findings section lists them all)` : '';
  return html`<div>Open findings: ${shown}${more}</div>`;
}

function evidence(r: ReportRequirement, byId: ReadonlyMap<number, ReportFinding>): SafeHtml {
  const lead = r.status === 'not_verified' ? html`<strong>Not verified.</strong> ` : r.status === 'not_applicable_suggested' ? html`<strong>Suggested, not confirmed.</strong> ` : html``;
  const rules = r.rulesRan.length ? html`<div class="muted">Rules that ran: ${r.rulesRan.join(', ')}</div>` : r.mappedRules.length ? html`<div class="muted">Mapped rules (did not run): ${r.mappedRules.join(', ')}</div>` : '';
  return html`${lead}${r.reason}${findingRefs(r, byId)}${attestationEvidence(r)}${rules}`;
}

export function requirementsSection(model: ReportModel): SafeHtml {
  const byId = new Map(model.findings.map((f) => [f.id, f]));
  const chapters = model.compliance.chapters.map((c) => {
    const rows = model.requirements
      .filter((r) => r.chapterId === c.id)
      .map(
        (r) => html`<tr id="req-${r.id}"><td class="mono">${r.id}<br><span class="muted">L${r.level}</span></td>
<td>${r.summary}${r.officialText ? html`<div class="official"><span class="muted">OWASP:</span> ${r.officialText}</div>` : ''}<div class="muted">${model.sectionNames[r.sectionId] ?? r.sectionId} · ${AUTOMATABILITY_LABELS[r.automatable]}</div></td>
<td><span class="chip st-${r.status}">${REQUIREMENT_STATUS_LABELS[r.status]}</span></td><td>${evidence(r, byId)}</td></tr>`,
      );
    return html`<h3 id="req-${c.id}">${c.id} ${model.chapterNames[c.id] ?? c.name} <span class="muted">— ${c.total} in scope, ${c.counts.failing} failing, ${c.counts['not_verified']} not verified</span></h3>
<table><thead><tr><th style="width:7.5em">Requirement</th><th style="width:36%">Summary</th><th style="width:8.5em">Status</th><th>Evidence</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  return html`<section class="major" id="requirements"><h2>Requirements</h2>
<p>Every requirement of ASVS ${model.asvs.version} up to Level ${model.asvs.level}, with its status at scan #${model.scan.id} and what decided it.
Summaries are Assay's own one-line wording; the official OWASP text is the reference${model.requirements.some((r) => r.officialText) ? ' and is quoted under each (© OWASP Foundation, CC BY-SA 4.0)' : ' (import it in Settings or with `assay asvs import` to have it quoted here)'}.</p>${chapters}</section>`;
}
