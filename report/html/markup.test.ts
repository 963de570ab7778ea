import { describe, expect, it } from 'vitest';
import { escapeHtml, html, rawTrustedMarkup } from './markup.js';

describe('html markup', () => {
  it('escapes every interpolated string, in content and in attributes', () => {
    const name = `<img src=x onerror="alert('x')">&`;
    expect(html`<td title="${name}">${name}</td>`.value).toBe(
      '<td title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</td>',
    );
  });

  it('passes nested markup through once and escapes arrays item by item', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${['<', inner]}</p>`.value).toBe('<p><b>&lt;i&gt;</b>&lt;<b>&lt;i&gt;</b></p>');
  });

  it('renders nothing for null, undefined and booleans', () => {
    expect(html`[${null}${undefined}${false}${true}]`.value).toBe('[]');
  });

  it('a plain string that looks like markup is still escaped', () => {
    expect(html`${'<b>x</b>'}`.value).toBe('&lt;b&gt;x&lt;/b&gt;');
    expect(html`${rawTrustedMarkup('<b>x</b>')}`.value).toBe('<b>x</b>');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});
