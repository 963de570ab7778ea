// The endpoint inventory appendix: every route of the reported scan with the guard that decided its
// authentication and why, CSRF, rate limiting, and the findings about it. Every value from the
// repository (paths, handler and guard names) goes through html``, which escapes it and makes
// hidden and reordering characters visible.
import type { ReportModel } from '../model.js';
import { authenticationReason, CSRF_LABELS, decidingGuard, openFirst, compareEndpoints, plural, SEVERITY_LABELS } from '../../domain/index.js';
import { breakablePath, html } from './markup.js';

export function endpointsSection(model: ReportModel): ReturnType<typeof html> {
  const inv = model.endpoints;
  if (!inv) return html``;
  const s = inv.slice;
  const byEndpoint = new Map<number, typeof inv.findings>();
  for (const f of inv.findings) byEndpoint.set(f.endpoint, [...(byEndpoint.get(f.endpoint) ?? []), f]);
  const order = inv.endpoints.map((e, i) => ({ e, i })).sort((a, b) => openFirst(a.e, b.e) || compareEndpoints(a.e, b.e));
  const rows = order.map(({ e, i }) => {
    const g = decidingGuard(e);
    // Qualified names (rest_framework.authentication.SessionAuthentication) wrap after their dots: one
    // unbreakable name wider than its column makes Chromium shrink every page of the PDF.
    const findings = byEndpoint.get(i) ?? [];
    return html`<tr><td class="tight mono">${e.methods.join(' ')}</td><td class="mono">${breakablePath(e.path)}</td><td class="mono">${breakablePath(e.handler.file)}:${e.handler.line}<br><span class="muted">${breakablePath(e.handler.name)}</span></td><td class="tight">${e.framework}</td><td><span class="chip disp">${e.authentication}</span>${g ? html` <span class="mono">${breakablePath(g.name)}</span>` : ''}<br><span class="muted">${breakablePath(authenticationReason(e))}</span>${e.authorization.length ? html`<br>Authorization: ${e.authorization.map((a, k) => html`${k ? ', ' : ''}${breakablePath(a.name)} (${a.kind})`)}` : ''}</td><td class="tight">${CSRF_LABELS[e.csrf]}${e.throttled ? html`<br>rate limited` : ''}</td><td>${findings.length ? findings.map((f, k) => html`${k ? html`<br>` : ''}<a href="#finding-${f.findingId}">F${f.findingId}</a> <span class="chip sev-${f.severity}">${SEVERITY_LABELS[f.severity]}</span> <span class="mono">${f.ruleId}</span>`) : '—'}</td></tr>`;
  });
  return html`<section class="major" id="endpoints"><h2>Appendix: endpoint inventory</h2>
<p>${plural(s.total, 'endpoint')} in scan #${model.scan.id}: ${s.byAuthentication.required} require authentication, ${s.byAuthentication.none} are open to anyone (${s.openStateChanging} of them change state), and for ${s.byAuthentication.unknown} a guard Assay cannot read decides. ${plural(s.withoutAuthorization, 'authenticated endpoint')} without an authorization check; ${plural(s.unthrottled, 'endpoint')} without a rate limit.</p>
<p class="muted">Open endpoints come first. "Unknown" is never a guess: a person must check that guard. The evidence pack holds this inventory as endpoints.json.</p>
${s.total ? html`<table class="inventory"><colgroup><col style="width:9%"><col style="width:17%"><col style="width:17%"><col style="width:12%"><col style="width:21%"><col style="width:12%"><col style="width:12%"></colgroup><thead><tr><th class="tight">Method</th><th>Path</th><th>Handler</th><th class="tight">Framework</th><th>Authentication</th><th class="tight">CSRF</th><th>Findings</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p>The scan found no routes.</p>`}
</section>`;
}
