// Which findings of a scan are about which endpoint of its inventory: the inventory rules name the
// endpoint they judged (Finding.endpoint), and the Endpoints page, the finding detail and the report
// link the two. Kept per scan beside the inventory; the finding is named by its fingerprint because
// the endpoints are written before the scan's findings get their ids.
export const version = 12;
export const name = 'endpoint findings';

export const sql = `
CREATE TABLE scan_endpoint_findings (
  scan_id          INTEGER NOT NULL,
  ordinal          INTEGER NOT NULL,
  fingerprint      TEXT NOT NULL,
  PRIMARY KEY (scan_id, ordinal, fingerprint),
  FOREIGN KEY (scan_id, ordinal) REFERENCES scan_endpoints(scan_id, ordinal) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX scan_endpoint_findings_by_fingerprint ON scan_endpoint_findings(fingerprint, scan_id);
`;
