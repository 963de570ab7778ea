// A file path, route or dotted name that wraps only between its parts: a break opportunity after
// every `/` and `.`, and none inside a name (not even at a hyphen), so `shop/views/order_admin.py:120`
// never splits as `order_ad` / `min.py` and `/calc-safe` never as `/calc-` / `safe`.
import { Fragment, type ReactNode } from 'react';

export function PathBreaks({ text }: { text: string }): ReactNode {
  const parts = text.split(/(?<=[/.])/);
  return parts.map((p, i) => (
    <Fragment key={i}>
      <span className="path-part">{p}</span>
      {i < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}
