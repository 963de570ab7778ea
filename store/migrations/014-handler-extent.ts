// Where each endpoint's handler ends (Endpoint.handler.endLine), so findings in the handler's body are
// linked to its endpoint, and why each link was made: `rule` when an inventory rule named the
// endpoint, `handler` when the finding lies between the handler's first and last line. NULL end:
// the view is not a definition the scan read (a dotted string, the admin site) or an older scan.
export const version = 14;
export const name = 'handler extent';

export const sql = `
ALTER TABLE scan_endpoints ADD COLUMN handler_end_line INTEGER CHECK (handler_end_line IS NULL OR handler_end_line >= handler_line);
ALTER TABLE scan_endpoint_findings ADD COLUMN via TEXT NOT NULL DEFAULT 'rule' CHECK (via IN ('rule', 'handler'));
`;
