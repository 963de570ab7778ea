// Findings with their code, dataflow trace, fix, and the triage decisions made about them; then the
// register of suppressions and decisions an auditor reviews on its own.
import type { ReportFinding, ReportModel } from '../model.js';
import { DISPOSITION_LABEL, formatInstant } from '../labels.js';
import { SEVERITY_LABELS, TRIAGE_LABELS } from '../../domain/index.js';
import { html, type SafeHtml } from './markup.js';

function location(f: { path: string; range: { start: { line: number; column: number } } }): string {
  return `${f.path}:${f.range.start.line}:${f.range.start.column}`;
}

function trace(f: ReportFinding): SafeHtml {
  if (f.trace.length === 0) return html``;
  const steps = f.trace.map(
    (s) => html`<li><strong>${s.kind}</strong> <span class="mono">${location(s)}</span> — ${s.message}${s.snippet ? html`<br><code>${s.snippet}</code>` : ''}</li>`,
  );
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
<p class="where"><span class="mono">${location(f)}</span> · ${f.cwe.map((c) => `CWE-${c}`).join(', ') || 'no CWE'} · ASVS ${f.asvs.join(', ') || '—'} · ${f.confidence} confidence · ${seen}</p>
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
  return html`<h3 id="finding-remainder">The remaining ${rest.length.toLocaleString('en-US')} findings, by rule</h3>
<table class="register"><thead><tr><th>Rule</th><th>Finds</th><th>Severity</th><th>Findings</th><th>Files</th><th>First locations</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * `detailLimit` bounds how many findings are shown in full (worst first); the rest are summarised
 * per rule. Printing thousands of pages helps no reader: the PDF uses a limit, and says so, and
 * the HTML, CSV, JSON and SARIF of the same report itemise every finding.
 */
export function findingsSection(model: ReportModel, detailLimit = Infinity): SafeHtml {
  if (model.findings.length === 0) return html`<section class="major" id="findings"><h2>Findings</h2><p>The scan reported no findings.</p></section>`;
  const detailed = model.findings.slice(0, detailLimit);
  const rest = model.findings.slice(detailed.length);
  const intro = rest.length
    ? html`<p class="callout">${model.findings.length.toLocaleString('en-US')} findings: the ${detailed.length} most severe are shown in full here and the other
${rest.length.toLocaleString('en-US')} are summarised by rule at the end of this section. The HTML, CSV, JSON and SARIF reports of the same scan give every finding in full.</p>`
    : '';
  return html`<section class="major" id="findings"><h2>Findings</h2>
<p>Every finding scan #${model.scan.id} reported, worst first, including those suppressed in the source or triaged by a person.
Code is shown as recorded from the scanned repository.</p>${intro}${detailed.map(findingArticle)}${rest.length ? remainderByRule(rest) : ''}</section>`;
}

export function decisionsSection(model: ReportModel): SafeHtml {
  const decided = model.findings.filter((f) => f.disposition === 'suppressed' || f.disposition === 'false_positive' || f.disposition === 'accepted_risk');
  const rows = decided.map((f) => {
    const last = f.triageHistory[f.triageHistory.length - 1];
    const why = f.disposition === 'suppressed' ? (f.suppression?.reason ?? 'no reason given') : (last?.reason ?? '');
    const who = f.disposition === 'suppressed' ? `${f.suppression?.kind ?? ''} comment` : `${last?.actor ?? ''}, ${formatInstant(last?.at)}`;
    return html`<tr><td><a href="#finding-${f.id}">F${f.id}</a></td><td class="mono">${f.ruleId}<br>${location(f)}</td><td>${DISPOSITION_LABEL[f.disposition]}</td><td>${why}</td><td>${who}</td><td>${f.disposition === 'accepted_risk' ? formatInstant(f.triageExpiresAt) : '—'}</td></tr>`;
  });
  return html`<section class="major" id="decisions"><h2>Suppressions and triage decisions</h2>
<p>Findings that do not count against compliance, and why: a suppression comment in the source, or a person's decision (false positive, or a risk accepted until a date, after which the finding counts again).</p>
${rows.length ? html`<table><thead><tr><th>Finding</th><th>Rule and location</th><th>Decision</th><th>Justification</th><th>By</th><th>Expires</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p>None: every finding counts.</p>`}
</section>`;
}
