// Findings with their code, dataflow trace, fix, and the triage decisions made about them; then the
// register of suppressions and decisions an auditor reviews on its own.
import type { ReportFinding, ReportModel } from '../model.js';
import { DISPOSITION_LABEL, SEVERITY_LABEL, TRIAGE_LABEL, formatInstant } from '../labels.js';
import { html, type SafeHtml } from './markup.js';

function location(f: { path: string; range: { start: { line: number; column: number } } }): string {
  return `${f.path}:${f.range.start.line}:${f.range.start.column}`;
}

function trace(f: ReportFinding): SafeHtml {
  if (f.trace.length === 0) return html``;
  const steps = f.trace.map(
    (s) => html`<li><strong>${s.kind}</strong> <span class="mono">${location(s)}</span> — ${s.message}${s.snippet ? html`<pre>${s.snippet}</pre>` : ''}</li>`,
  );
  return html`<h4>Dataflow trace</h4><ol class="trace">${steps}</ol>`;
}

function decisions(f: ReportFinding): SafeHtml {
  const rows = f.triageHistory.map(
    (e) => html`<tr><td>${formatInstant(e.at)}</td><td>${e.actor}</td><td>${TRIAGE_LABEL[e.status] ?? e.status}</td><td>${e.reason || '—'}</td><td>${e.expiresAt ? formatInstant(e.expiresAt) : '—'}</td></tr>`,
  );
  const suppression = f.suppression
    ? html`<p><strong>Suppressed in source</strong> (${f.suppression.kind}): ${f.suppression.reason ?? 'no reason given'}</p>`
    : '';
  if (!rows.length) return html`${suppression}`;
  return html`${suppression}<h4>Triage decisions</h4><table><thead><tr><th>When</th><th>Who</th><th>Decision</th><th>Justification</th><th>Expires</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function findingArticle(f: ReportFinding): SafeHtml {
  return html`<article class="finding" id="finding-${f.id}"><header><span class="chip sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</span>
<h3>F${f.id} · ${f.title}</h3><span class="mono muted">${f.ruleId}</span><span class="chip disp">${DISPOSITION_LABEL[f.disposition]}</span></header>
<dl class="meta"><dt>Location</dt><dd class="mono">${location(f)}</dd>
<dt>Message</dt><dd>${f.message}</dd>
<dt>CWE · ASVS</dt><dd>${f.cwe.map((c) => `CWE-${c}`).join(', ') || '—'} · ${f.asvs.join(', ') || '—'}</dd>
<dt>Confidence</dt><dd>${f.confidence}; ${f.lifecycle} at this scan, first seen ${formatInstant(f.firstSeenAt)}${f.tool !== 'assay' ? `; reported by ${f.tool}` : ''}</dd>
<dt>Fingerprint</dt><dd class="mono">${f.fingerprint}</dd></dl>
${f.snippet ? html`<pre>${f.snippet}</pre>` : ''}${trace(f)}
${f.fix ? html`<h4>Fix</h4><p>${f.fix}</p>` : ''}${decisions(f)}</article>`;
}

export function findingsSection(model: ReportModel): SafeHtml {
  const body = model.findings.length ? model.findings.map(findingArticle) : html`<p>The scan reported no findings.</p>`;
  return html`<section class="major" id="findings"><h2>Findings</h2>
<p>Every finding scan #${model.scan.id} reported, worst first, including those suppressed in the source or triaged by a person.
Code is shown as recorded from the scanned repository.</p>${body}</section>`;
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
