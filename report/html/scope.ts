// What the scan looked at (and did not), and how the statuses were reached: the parts an auditor
// needs to judge how much weight the rest of the report can bear.
import type { ReportModel } from '../model.js';
import { formatDuration } from '../labels.js';
import { REQUIREMENT_STATUS_LABELS } from '../../domain/index.js';
import { html, type SafeHtml } from './markup.js';

export function coverageSection(model: ReportModel): SafeHtml {
  const s = model.scan;
  const reasons = new Map<string, number>();
  for (const k of model.skipped) reasons.set(k.reason, (reasons.get(k.reason) ?? 0) + 1);
  const reasonRows = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => html`<tr><td>${reason}</td><td>${n}</td></tr>`);
  const skipRows = model.skipped.map((k) => html`<tr><td class="mono">${k.path}</td><td>${k.reason}</td><td>${k.detail}</td></tr>`);
  const ran = model.rules.filter((r) => r.ran);
  const notRan = model.rules.filter((r) => !r.ran);
  const ruleRows = ran.map((r) => html`<tr><td class="mono">${r.id}</td><td>${r.title}</td><td>${r.cwe.map((c) => `CWE-${c}`).join(', ')}</td><td>${r.asvs.join(', ') || '—'}</td></tr>`);
  return html`<section class="major" id="coverage"><h2>Scan coverage</h2>
<table><tbody>
<tr><th>Files analysed</th><td>${s.filesScanned.toLocaleString('en-US')} (${s.linesScanned.toLocaleString('en-US')} lines)</td></tr>
<tr><th>Files not analysed</th><td>${s.filesSkipped.toLocaleString('en-US')}</td></tr>
<tr><th>Frameworks detected</th><td>${s.frameworks.join(', ') || 'none'}</td></tr>
<tr><th>Rules run</th><td>${ran.length} of ${model.rules.length}${notRan.length ? ` (the others do not apply to the frameworks present or were disabled: ${notRan.map((r) => r.id).join(', ')})` : ''}</td></tr>
<tr><th>Duration</th><td>${formatDuration(s.durationMs)}</td></tr>
</tbody></table>
<h3>Files not analysed, by reason</h3>
${reasonRows.length ? html`<table><thead><tr><th>Reason</th><th>Files</th></tr></thead><tbody>${reasonRows}</tbody></table>
<table><thead><tr><th>File</th><th>Reason</th><th>Detail</th></tr></thead><tbody>${skipRows}</tbody></table>` : html`<p>Every file found was analysed.</p>`}
<h3>Rules that ran</h3>
<table><thead><tr><th>Rule</th><th>Finds</th><th>CWE</th><th>ASVS ${model.asvs.version}</th></tr></thead><tbody>${ruleRows}</tbody></table>
</section>`;
}

export function methodSection(model: ReportModel): SafeHtml {
  const a = model.compliance.automatability;
  const total = model.compliance.total.total;
  const def = (status: keyof typeof REQUIREMENT_STATUS_LABELS, text: string) => html`<tr><td><span class="chip st-${status}">${REQUIREMENT_STATUS_LABELS[status]}</span></td><td>${text}</td></tr>`;
  return html`<section class="major" id="method"><h2>Method and limits</h2>
<p>Assay parses every Python file of the project (and its Django and Jinja2 templates) with tree-sitter, resolves imported names to
their qualified form, and applies rules of three kinds: dataflow rules that follow untrusted input (request parameters, headers,
bodies, files) through assignments, string building, containers and calls across functions and modules to dangerous sinks;
configuration rules over Django, Flask and FastAPI settings; and pattern rules for secrets, weak cryptography and unsafe templates.
Each finding maps to CWE and to ASVS requirements; the mapping is reviewed by hand.</p>
<h3>How each status is reached</h3>
<table><tbody>
${def('failing', 'An open finding of a rule mapped to the requirement (not suppressed, not a false positive, no risk acceptance in force), or an attestation of failure.')}
${def('passing_automated', 'Rules mapped to the requirement ran on code they apply to and found nothing, and the requirement is one static analysis can verify.')}
${def('passing_attested', 'A person recorded evidence that the requirement is met; the attestation has not expired.')}
${def('not_applicable', 'A person recorded why the requirement does not apply.')}
${def('not_verified', 'Nothing says either way. It is never counted as passing.')}
</tbody></table>
<p>Compliance = (passing automated + passing attested + not applicable) ÷ requirements in scope.</p>
<h3>What automated checks can and cannot show</h3>
<p>Of the ${total} requirements in scope, ${a.automatable} can be verified by code analysis, ${a.partial} only partly (a clean result
there still needs a person's attestation), and ${a.manual} not at all: architecture, process, documentation, deployment and runtime
behaviour are outside what reading source code can establish.</p>
<p>Absence of findings is not proof of absence of flaws. Static analysis misses flaws in code it could not parse or resolve (see the
files not analysed), in dependencies, in generated or dynamic code, and in behaviour that depends on configuration outside the
repository. Dataflow rules model the frameworks' documented sources, sinks and sanitizers; custom sanitizers are not recognised
unless they use a known one. Findings can be false positives; those dismissed by a person are listed with the justification
and the name of who decided.</p>
<p>This report is generated from the Assay history database: triage decisions and attestations are as recorded at
generation time; the statuses are recomputed then, so an attestation or risk acceptance that has since expired no longer counts.</p>
</section>`;
}
