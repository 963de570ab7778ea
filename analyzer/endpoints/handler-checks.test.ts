import { describe, expect, it } from 'vitest';
import { fetchScoped, type FetchEvidence } from './handler-checks.js';

const fetch = (statement: string): FetchEvidence => ({ line: 1, text: statement, statement, model: 'Report' });

describe('fetchScoped', () => {
  it('takes a filter on a claim of the verified token (connexion token_info) as scoped to the caller', () => {
    expect(fetchScoped(fetch('report = Report.query.filter_by(id=report_id, workspace_id=token_info["workspace"]).first()'))).toBe(true);
    expect(fetchScoped(fetch('report = Report.query.filter_by(id=report_id, owner=token_info.get("sub")).first()'))).toBe(true);
  });

  it("takes a filter on a GraphQL resolver's caller (info.context.user) as scoped", () => {
    expect(fetchScoped(fetch('return Order.objects.get(pk=id, customer=info.context.user)'))).toBe(true);
    expect(fetchScoped(fetch('return Invoice.objects.get(pk=id, owner=info.context["request"].user)'))).toBe(true);
  });

  it('does not take a lookup by the id alone as scoped', () => {
    expect(fetchScoped(fetch('report = Report.query.filter_by(id=report_id).first()'))).toBe(false);
    expect(fetchScoped(fetch('report = Report.query.filter_by(id=token).first()'))).toBe(false);
    expect(fetchScoped(fetch('return Order.objects.get(pk=info.context.order_id)'))).toBe(false);
  });
});
