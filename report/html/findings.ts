// Findings with their code, dataflow trace, fix, and the triage decisions made about them; then the
// register of suppressions and decisions an auditor reviews on its own.
import type { ReportFinding, ReportModel } from '../model.js';
import { DISPOSITION_LABEL, STANDING_LABEL, formatInstant } from '../labels.js';
import { SEVERITY_LABELS, TRIAGE_LABELS, plural } from '../../domain/index.js';
import { breakablePath, html, type SafeHtml } from './markup.js';

function location(f: { path: string; range: { start: { line: number; column: number } } }): SafeHtml {
  return html`${breakablePath(f.path)}:${f.range.start.line}:${f.range.start.column}`;
}

function trace(f: ReportFinding): SafeHtml {
  if (f.trace.length === 0) return html``;
  // A step on the line already shown (the finding's own snippet, or the step before) names its
  // place without repeating the code: a short trace then takes a few lines, not half a page.
  const steps = f.trace.map((s, i) => {
    const shown = s.snippet === f.snippet || (i > 0 && s.snippet === f.trace[i - 1]!.snippet);
    return html`<li><strong>${s.kind}</strong> <span class="mono">${location(s)}</span> — ${s.message}${s.snippet && !shown ? html`<br><code>${s.snippet}</code>` : ''}</li>`;
  });
  return html`<h4>Dataflow trace</h4><ol class="trace">${steps}</ol>`;
}

function decisions(f: ReportFinding): SafeHtml {
  const rows = f.triageHistory.map(
    (e) => html`<tr><td>${formatInstant(e.at)}</td><td>${e.actor}</td><td>${TRIAGE_LABELS[e.status] ?? e.status}</td><td>${e.reason || '—'}</td><td>${e.expiresAt ? formatInstant(e.expiresAt) : '—'}</td></tr>`,
  );
  const suppression = f.suppression
    ? html`<p><strong>Suppressed in source</strong> (${f.suppression.kind}): ${f.suppression.reason ?? 'no reason given'}</p>`
    : '';
  if (!rows.length) return html`${suppression}`;
  return html`${suppression}<h4>Triage decisions</h4><table><thead><tr><th>When</th><th>Who</th><th>Decision</th><th>Justification</th><th>Expires</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function findingArticle(f: ReportFinding): SafeHtml {
  const seen = `${f.lifecycle} at this scan, first seen ${formatInstant(f.firstSeenAt)}${f.tool !== 'assay' ? `; reported by ${f.tool}` : ''}`;
  return html`<article class="finding" id="finding-${f.id}"><header><span class="chip sev-${f.severity}">${SEVERITY_LABELS[f.severity]}</span>
<h3>F${f.id} · ${f.title}</h3><span class="mono muted">${f.ruleId}</span><span class="chip disp">${DISPOSITION_LABEL[f.disposition]}</span></header>
<p class="where"><span class="mono">${location(f)}</span> · ${f.cwe.map((c) => `CWE-${c}`).join(', ') || 'no CWE'} · ASVS ${f.asvs.join(', ') || '—'} · ${f.confidence} confidence · ${seen}${f.assignee ? html` · assigned to ${f.assignee}` : ''}</p>
<p>${f.message}</p>
${f.snippet ? html`<pre>${f.snippet}</pre>` : ''}${trace(f)}
${f.fix ? html`<p><strong>Fix:</strong> ${f.fix}</p>` : ''}${decisions(f)}
<p class="muted fp">Fingerprint <span class="mono">${f.fingerprint}</span></p></article>`;
}

/** The findings past the detail limit, one row per rule: how many, where, and in what state. */
function remainderByRule(rest: readonly ReportFinding[]): SafeHtml {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of rest) groups.set(f.ruleId, [...(groups.get(f.ruleId) ?? []), f]);
  const rows = [...groups.values()].map((list) => {
    const f = list[0]!;
    const files = new Set(list.map((x) => x.path));
    const open = list.filter((x) => x.disposition === 'open' || x.disposition === 'confirmed').length;
    const sample = list.slice(0, 5).map((x, i) => html`${i ? ', ' : ''}<span class="mono">${location(x)}</span>`);
    return html`<tr><td class="mono">${f.ruleId}</td><td>${f.title}</td><td><span class="chip sev-${f.severity}">${SEVERITY_LABELS[f.severity]}</span></td><td>${list.length} (${open} open)</td><td>${files.size}</td><td>${sample}${list.length > 5 ? ' …' : ''}</td></tr>`;
  });
  return html`<h3 id="finding-remainder">The remaining ${plural(rest.length, 'finding')}, by rule</h3>
<table class="register"><thead><tr><th>Rule</th><th>Finds</th><th>Severity</th><th>Findings</th><th>Files</th><th>First locations</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * `detailLimit` bounds how many findings are shown in full (worst first); the rest are summarised
 * per rule. Printing thousands of pages helps no reader: the PDF uses a limit, and says so, and
 * the HTML, CSV, JSON and SARIF of the same report itemise every finding.
 */
export function findingsSection(model: ReportModel, detailLimit = Infinity): SafeHtml {
  const findings = vulnerabilities(model);
  if (findings.length === 0) return html`<section class="major" id="findings"><h2>Findings</h2><p>The scan reported no vulnerabilities.</p></section>`;
  const detailed = findings.slice(0, detailLimit);
  const rest = findings.slice(detailed.length);
  const intro = rest.length
    ? html`<p class="callout">${plural(findings.length, 'finding')}: the ${detailed.length} most severe are shown in full here and the other
${rest.length.toLocaleString('en-US')} are summarised by rule at the end of this section. The HTML, CSV, JSON and SARIF reports of the same scan give every finding in full.</p>`
    : '';
  return html`<section class="major" id="findings"><h2>Findings</h2>
<p>Every vulnerability scan #${model.scan.id} reported, worst first, including those suppressed in the source or triaged by a person
(hotspots, code to review, are listed in their own section).
Code is shown as recorded from the scanned repository.</p>${intro}${detailed.map(findingArticle)}${rest.length ? remainderByRule(rest) : ''}</section>`;
}

/** What the scan has seen to be a flaw: every finding but the hotspots still to review or reviewed safe. */
export function vulnerabilities(model: ReportModel): ReportFinding[] {
  return model.findings.filter((f) => f.kind !== 'hotspot');
}

const REVIEW_LABEL = { unreviewed: 'Not reviewed', safe: 'Reviewed safe', needs_fix: 'Needs fix' } as const;

/**
 * Hotspots: security-sensitive code whose safety depends on context the analyzer cannot see, each
 * with what to check, and the review a person recorded. Unreviewed ones leave their requirements
 * not verified; reviewed-safe ones are evidence; one that needs a fix is listed with the findings.
 */
export function hotspotsSection(model: ReportModel): SafeHtml {
  const hotspots = model.findings.filter((f) => f.kind === 'hotspot');
  const rows = hotspots.map((f) => {
    const last = f.review === 'safe' ? f.triageHistory[f.triageHistory.length - 1] : undefined;
    return html`<tr id="finding-${f.id}"><td>H${f.id}</td><td class="mono">${f.ruleId}<br>${location(f)}</td><td>${f.message}</td><td>${REVIEW_LABEL[f.review ?? 'unreviewed']}${f.suppression ? ' (suppressed in source)' : ''}</td><td>${last ? html`${last.reason}<br><span class="muted">${last.actor}, ${formatInstant(last.at)}</span>` : '—'}</td></tr>`;
  });
  const waiting = hotspots.filter((f) => f.review !== 'safe').length;
  return html`<section class="major" id="hotspots"><h2>Hotspots to review and their reviews</h2>
<p>Security-sensitive code whose safety depends on context the analyzer cannot see. A hotspot never fails a requirement: while unreviewed it leaves
its requirements not verified; reviewed safe, with the reviewer's reason, it is evidence for them. ${hotspots.length ? `${plural(hotspots.length, 'hotspot')}, ${waiting} awaiting review.` : ''}</p>
${rows.length ? html`<table><thead><tr><th>Hotspot</th><th>Rule and location</th><th>What to check</th><th>Review</th><th>Reason and reviewer</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p>None: the scan reported no hotspots.</p>`}
</section>`;
}

export function decisionsSection(model: ReportModel): SafeHtml {
  const row = (f: ReportFinding) => {
    const last = f.triageHistory[f.triageHistory.length - 1];
    const bySource = f.suppression !== null && (f.standing === 'suppressed_with_reason' || f.standing === 'suppressed_without_reason');
    const why = bySource ? (f.suppression?.reason ?? 'no reason given') : (last?.reason ?? '');
    const who = bySource ? `${f.suppression?.kind ?? ''} comment` : `${last?.actor ?? ''}, ${formatInstant(last?.at)}`;
    const until = f.standing === 'risk_accepted' ? formatInstant(f.triageExpiresAt) : '—';
    return html`<tr><td><a href="#finding-${f.id}">F${f.id}</a></td><td class="mono">${f.ruleId}<br>${location(f)}</td><td>${STANDING_LABEL[f.standing]}</td><td>${why}</td><td>${who}</td><td>${until}</td></tr>`;
  };
  const table = (list: readonly ReportFinding[], none: string) =>
    list.length ? html`<table><thead><tr><th>Finding</th><th>Rule and location</th><th>Standing</th><th>Justification</th><th>By</th><th>Until</th></tr></thead><tbody>${list.map(row)}</tbody></table>` : html`<p>${none}</p>`;
  const exceptions = model.findings.filter((f) => f.standing === 'risk_accepted' || f.standing === 'suppressed_with_reason');
  const unjustified = model.findings.filter((f) => f.standing === 'suppressed_without_reason');
  const dismissed = model.findings.filter((f) => f.standing === 'false_positive' || f.standing === 'reviewed_safe');
  const conflicts = model.requirements.filter((r) => r.conflict);
  return html`<section class="major" id="decisions"><h2>Exceptions, dismissals and conflicts</h2>
<h3>Exceptions: accepted risks</h3>
<p>Findings accepted as a risk (who, why, until when) or suppressed in the source with a reason. Their requirements are <strong>failing — risk accepted</strong>, never passing; an acceptance that expires makes them failing again.</p>
${table(exceptions, 'None.')}
<h3>Suppressed without a reason</h3>
<p>A suppression comment with no reason closes nothing: these findings still fail their requirements.</p>
${table(unjustified, 'None.')}
<h3>Dismissed findings (evidence)</h3>
<p>Findings a person closed as false positives, and hotspots reviewed safe, with the justification recorded: evidence for the requirements they map to.</p>
${table(dismissed, 'None.')}
<h3>Conflicts</h3>
<p>Passes attested although the scan had open findings on the requirement, with the justification given for the override.</p>
${conflicts.length ? html`<table><thead><tr><th>Requirement</th><th>Open findings</th><th>Override justification</th><th>By</th></tr></thead><tbody>${conflicts.map((r) => html`<tr><td class="mono"><a href="#req-${r.id}">${r.id}</a></td><td>${r.conflict!.openFindings}</td><td>${r.conflict!.override}</td><td>${r.conflict!.by}</td></tr>`)}</tbody></table>` : html`<p>None.</p>`}
</section>`;
}
