// "Changed since the previous scan": what this scan found new and what it no longer sees.
import { SEVERITY_LABELS, plural } from '../../domain/index.js';
import type { ReportChangeFinding, ReportModel } from '../model.js';
import { formatInstant } from '../labels.js';
import { html, type SafeHtml } from './markup.js';

/** Beyond this many rows per list the report gives the count: the CSV/JSON diff has every one. */
const SHOWN = 50;

function list(title: string, items: readonly ReportChangeFinding[]): SafeHtml {
  if (items.length === 0) return html`<h3>${title}</h3><p>None.</p>`;
  const rows = items.slice(0, SHOWN).map(
    (f) => html`<tr><td><span class="chip sev-${f.severity}">${SEVERITY_LABELS[f.severity]}</span></td><td class="mono">${f.ruleId}</td><td>${f.title}</td><td class="mono">${f.path}:${f.line}</td></tr>`,
  );
  const more = items.length > SHOWN ? html`<p>… and ${plural(items.length - SHOWN, 'more finding')} (assay diff lists them all).</p>` : '';
  return html`<h3>${title} (${plural(items.length, 'finding')})</h3>
<table class="register changes"><thead><tr><th>Severity</th><th>Rule</th><th>Finding</th><th>Location</th></tr></thead><tbody>${rows}</tbody></table>${more}`;
}

export function changesSection(model: ReportModel): SafeHtml {
  const c = model.changes;
  if (!c) return html`<section id="changes"><h2>Changed since the previous scan</h2><p>This is the project's first scan: there is nothing to compare with.</p></section>`;
  const prev = c.previousScan;
  return html`<section id="changes"><h2>Changed since the previous scan</h2>
<p>Compared with scan #${prev.id} of ${formatInstant(prev.startedAt)}${prev.gitCommit ? html` (commit <span class="mono">${prev.gitCommit.slice(0, 12)}</span>)` : ''}:
${plural(c.new.length, 'new finding')}, ${plural(c.fixed.length, 'finding')} no longer seen.</p>
${list('New', c.new)}
${list('Fixed', c.fixed)}</section>`;
}
