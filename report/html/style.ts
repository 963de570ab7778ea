// The report's stylesheet: screen and print in one, no web fonts, no external resources.
import { chipTextColour } from '../../domain/index.js';
import { STATUS_COLOUR } from '../labels.js';

const chips = (Object.entries(STATUS_COLOUR) as [string, string][])
  .map(([status, colour]) => `.st-${status}{background:${colour};color:${chipTextColour(colour)}}`)
  .join('\n');

export const STYLESHEET = `
:root{--ink:#1b1f24;--muted:#5b6470;--rule:#d5d9de;--soft:#f4f6f8;--accent:#1f4e79}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0 auto;max-width:1040px;padding:24px;font:13px/1.45 "DejaVu Sans","Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
h1{font-size:26px;margin:0 0 8px;overflow-wrap:anywhere}h2{font-size:20px;margin:0 0 12px;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:4px}
h3{font-size:15px;margin:18px 0 8px}h4{font-size:13px;margin:10px 0 4px}
h2,h3,h4{break-after:avoid}
p{margin:6px 0}
a{color:var(--accent);text-decoration:none}
table{border-collapse:collapse;width:100%;margin:8px 0 14px}
/* The inventory's columns are fixed: no route or handler name, however long (or hostile), can widen the table past the paper, which would shrink every PDF page. */
table.inventory{table-layout:fixed}table.inventory td{overflow-wrap:anywhere}
th,td{border:1px solid var(--rule);padding:4px 6px;text-align:left;vertical-align:top;overflow-wrap:break-word}
th.tight,td.tight{white-space:nowrap;overflow-wrap:normal;width:1%}
th{background:var(--soft);font-weight:600;hyphens:none;overflow-wrap:normal;word-break:keep-all}
thead{display:table-header-group}
tr{break-inside:avoid}
code,pre,.mono{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:11.5px}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--soft);border:1px solid var(--rule);padding:6px 8px;margin:4px 0}
.muted{color:var(--muted)}
.chip{display:inline-block;border-radius:3px;padding:0 6px;font-size:11px;font-weight:600;white-space:nowrap}
${chips}
.sev-critical{background:#7b1020;color:#fff}.sev-high{background:#c0392b;color:#fff}.sev-medium{background:#d68910;color:#fff}
.sev-low{background:#2874a6;color:#fff}.sev-info{background:#7f8c8d;color:#fff}
.disp{background:var(--soft);border:1px solid var(--rule);color:var(--ink)}
section.major{break-before:page;padding-top:4px}
.cover{min-height:90vh;display:flex;flex-direction:column;justify-content:center}
.cover .kicker{text-transform:uppercase;letter-spacing:.12em;color:var(--muted);font-size:12px}
.cover table{width:auto;min-width:60%}
.cover th{width:13em}
.toc ol{list-style:none;padding:0;margin:0}
.toc li{display:flex;gap:6px;padding:3px 0;border-bottom:1px dotted var(--rule)}
.toc li.sub{padding-left:22px;font-size:12px}
.toc .fill{flex:1}
.toc .page{min-width:3em;text-align:right;font-variant-numeric:tabular-nums}
.headline{display:flex;gap:24px;align-items:center;margin:8px 0 16px}
.headline .big{font-size:40px;font-weight:700;color:var(--accent)}
.callout{border-left:4px solid #d68910;background:#fdf6e9;padding:8px 12px;margin:10px 0}
.finding{border:1px solid var(--rule);border-radius:4px;padding:8px 10px;margin:0 0 12px;break-inside:avoid}
.finding header{display:flex;flex-wrap:wrap;gap:6px;align-items:baseline}
.finding h3{margin:0;font-size:14px}
.finding .where{margin:4px 0;color:var(--muted);overflow-wrap:break-word}.finding .fp{font-size:10.5px;margin:2px 0 0}
ol.trace code{overflow-wrap:anywhere}
ol.trace{margin:4px 0;padding-left:22px}
ol.trace li{margin:2px 0}
.register{font-size:10.5px}.register td,.register th{padding:2px 4px}.register .chip{font-size:9.5px}
.official{font-size:11.5px;margin:3px 0;padding-left:6px;border-left:2px solid var(--rule)}
.legend{display:flex;flex-wrap:wrap;gap:12px;margin:4px 0 10px;font-size:12px}
.legend span::before{content:"";display:inline-block;width:10px;height:10px;margin-right:4px;vertical-align:-1px;background:var(--c);border:1px solid #999}
svg text{font-family:"DejaVu Sans",Arial,sans-serif}
@media print{body{max-width:none;padding:0;font-size:11.5px;line-height:1.35}a{color:inherit}.cover{min-height:0;padding-top:28vh}
.finding{padding:5px 8px;margin:0 0 7px}.finding h3{font-size:12.5px}.finding p,.finding .where{margin:2px 0}
.finding h4{margin:4px 0 2px;font-size:11.5px}pre{padding:3px 6px;margin:2px 0}code,pre,.mono{font-size:10.5px}
ol.trace{margin:2px 0}ol.trace li{margin:0}th,td{padding:3px 5px}}
`;
