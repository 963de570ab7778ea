// The words people read for each value of the vocabulary: the app, the CLI and every report say the same.
import type { AttestationStatus, Automatability, RequirementStatus } from './asvs.js';
import type { FindingKind, Framework, TriageStatus } from './finding.js';
import type { Severity } from './severity.js';

export const REQUIREMENT_STATUS_LABELS: Record<RequirementStatus, string> = {
  failing: 'Failing',
  failing_risk_accepted: 'Failing (risk accepted)',
  passing_automated: 'Passing (automated)',
  passing_attested: 'Passing (attested)',
  not_applicable: 'Not applicable',
  not_applicable_suggested: 'Not applicable (suggested)',
  not_verified: 'Not verified',
};

export const TRIAGE_LABELS: Record<TriageStatus, string> = {
  open: 'Open',
  confirmed: 'Confirmed',
  false_positive: 'False positive',
  accepted_risk: 'Accepted risk',
};

export const ATTESTATION_LABELS: Record<AttestationStatus, string> = {
  pass: 'Pass',
  fail: 'Fail',
  not_applicable: 'Not applicable',
};

export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

export const AUTOMATABILITY_LABELS: Record<Automatability, string> = { automatable: 'automatable', partial: 'partly automatable', manual: 'manual' };

export const FINDING_KIND_LABELS: Record<FindingKind, string> = { vulnerability: 'Vulnerability', hotspot: 'Security hotspot' };

/** Column headings of the CLI's status tables, short enough to sit side by side. */
export const REQUIREMENT_STATUS_SHORT: Record<RequirementStatus, string> = {
  failing: 'fail',
  failing_risk_accepted: 'risk-acc',
  passing_automated: 'auto',
  passing_attested: 'attested',
  not_applicable: 'n/a',
  not_applicable_suggested: 'n/a?',
  not_verified: 'unverified',
};

export const FRAMEWORK_LABELS: Record<Framework, string> = {
  django: 'Django',
  drf: 'Django REST framework',
  flask: 'Flask',
  fastapi: 'FastAPI',
  starlette: 'Starlette',
  aiohttp: 'aiohttp',
  tornado: 'Tornado',
  http_server: 'http.server',
  wsgi: 'WSGI',
  asgi: 'ASGI',
  flask_restful: 'Flask-RESTful',
  flask_restx: 'Flask-RESTX',
  falcon: 'Falcon',
  bottle: 'Bottle',
  graphql: 'GraphQL (Graphene, Strawberry, Ariadne)',
  connexion: 'Connexion',
};
