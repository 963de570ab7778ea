// A file path that wraps only between its parts: a break opportunity after every `/` and `.`, and
// none inside a name, so `shop/views/order_admin.py:120` never splits as `order_ad` / `min.py`.
import { Fragment, type ReactNode } from 'react';

export function PathBreaks({ text }: { text: string }): ReactNode {
  const parts = text.split(/(?<=[/.])/);
  return parts.map((p, i) => (
    <Fragment key={i}>
      {p}
      {i < parts.length - 1 && <wbr />}
    </Fragment>
  ));
}
