// The one way text reaches HTML in a report. Everything interpolated into the `html` tag is
// escaped unless it is already markup built by this tag, so a hostile file name, snippet or
// message can only ever appear as text.
import { visibleText } from '../../domain/index.js';

/** Markup produced by `html` (or `rawTrustedMarkup` for our own constant CSS). */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  // Hidden and reordering characters become visible first (domain/text.ts), then markup is escaped.
  return visibleText(text, { multiline: true }).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<td>${path}</td>\`` escapes `path`; nested `html` results pass through. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** For constant markup written in this codebase (the stylesheet), never for data. */
export function rawTrustedMarkup(constant: string): SafeHtml {
  return new SafeHtml(constant);
}

export function join(parts: readonly SafeHtml[], separator: SafeHtml = new SafeHtml('')): SafeHtml {
  return new SafeHtml(parts.map((p) => p.value).join(separator.value));
}

/**
 * A repository path that may wrap after its separators instead of mid-name: each part escaped,
 * a line-break opportunity after every `/`, `.` and `_` run (long module paths in narrow columns).
 */
export function breakablePath(path: string): SafeHtml {
  return new SafeHtml(path.split(/(?<=[/._])/).map(escapeHtml).join('<wbr>'));
}
