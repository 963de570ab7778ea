// What an inventory rule sees: one endpoint with its handler's checks, and the project around it
// (how many of its routes are protected, whether a lockout library is installed). A rule answers
// with at most one report; the engine turns it into a finding linked to the endpoint.
import type { Confidence, Endpoint, FindingKind, Severity } from '../../domain/index.js';
import type { HandlerChecks } from './handler-checks.js';
import type { ProjectIndex } from './project.js';

export interface EndpointProject {
  /** Endpoints of the same framework family (django+drf, flask, fastapi) as the one judged. */
  peers: readonly Endpoint[];
  /** Peers whose authentication is required, or whose unreadable guard is named for a login (get_current_user), the admin site left out. */
  protectedPeers: number;
  /** A login lockout or rate-limit library applies project-wide (django-axes, django-defender, default limits). */
  lockout: string | null;
  /** A project-wide login requirement views must opt out of (Django's LoginRequiredMiddleware), or null. */
  loginByDefault?: string | null;
}

export interface EndpointView {
  endpoint: Endpoint;
  /** The handler function's checks; null when the handler is a class whose methods are inherited. */
  checks: HandlerChecks | null;
  /** The `def` line of the handler, trimmed. */
  handlerText: string;
  project: EndpointProject;
  /** The project's classes and functions, for rules that read a form, serializer or schema the handler uses. */
  index: ProjectIndex;
}

export interface EndpointReport {
  /** 1-based line in the handler's file; defaults to the handler's line. */
  line?: number;
  /** Code on that line (fingerprint and snippet); defaults to the handler's def line. */
  text?: string;
  message: string;
  kind?: FindingKind;
  severity?: Severity;
  confidence?: Confidence;
}

export type EndpointCheck = (view: EndpointView) => EndpointReport | null;
