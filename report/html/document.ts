// The whole HTML report: one self-contained file. A CSP forbids every fetch and every script, so
// even a mistake in escaping could not make the page load or run anything.
import type { ReportModel } from '../model.js';
import { cover, reportTitle, summary, toc, type PageNumbers } from './front.js';
import { decisionsSection, findingsSection, hotspotsSection } from './findings.js';
import { changesSection } from './changes.js';
import { html, rawTrustedMarkup } from './markup.js';
import { requirementsSection } from './requirements.js';
import { dependenciesSection } from './dependencies.js';
import { endpointsSection } from './endpoints.js';
import { coverageSection, methodSection } from './scope.js';
import { STYLESHEET } from './style.js';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface HtmlOptions {
  /** TOC page numbers (the PDF renderer's second pass). */
  pageNumbers?: PageNumbers;
  /** Findings shown in full; the rest go in a one-line-each register. Default: all in full. */
  findingDetailLimit?: number;
}

export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${model.tool.name} ${model.tool.analyzerVersion}">
<title>${reportTitle(model)}</title>
<style>${rawTrustedMarkup(STYLESHEET)}</style></head>
<body>
${cover(model)}
${toc(model, options.pageNumbers)}
${summary(model)}
${changesSection(model)}
${requirementsSection(model)}
${findingsSection(model, options.findingDetailLimit)}
${hotspotsSection(model)}
${dependenciesSection(model)}
${decisionsSection(model)}
${coverageSection(model)}
${methodSection(model)}
${endpointsSection(model)}
</body></html>
`.value;
}
