// Django's and DRF's own views that take a credential: routed as they ship, they have no code in the
// project, yet each checks a password or an emailed token on every POST. The inventory keeps them as
// endpoints, and their checks say so, so that a login routed with no throttle or lockout is seen.
import type { CsrfState, Endpoint, Framework, HttpMethod } from '../../../domain/index.js';
import { makeEndpoint } from '../../endpoints/build.js';
import type { UrlTarget } from '../../endpoints/framework-part.js';
import type { Guarded } from '../../endpoints/guards.js';
import { genericChecks, type HandlerChecks } from '../../endpoints/handler-checks.js';
import type { ProjectSettings } from '../../endpoints/settings.js';
import { listOf } from '../../endpoints/values.js';

interface CredentialView {
  framework: Framework;
  methods: HttpMethod[];
  /** What the view checks, as the finding will say it. */
  check: string;
}

const DJANGO = (check: string): CredentialView => ({ framework: 'django', methods: ['GET', 'POST'], check });
const DRF = (check: string): CredentialView => ({ framework: 'drf', methods: ['POST'], check });

const VIEWS: Record<string, CredentialView> = {
  'django.contrib.auth.views.LoginView': DJANGO('LoginView authenticates the posted username and password'),
  'django.contrib.auth.views.PasswordResetView': DJANGO('PasswordResetView emails a reset link to any posted address'),
  'django.contrib.auth.views.PasswordResetConfirmView': DJANGO("PasswordResetConfirmView checks the URL's reset token"),
  'rest_framework.authtoken.views.obtain_auth_token': DRF('obtain_auth_token authenticates the posted username and password'),
  'rest_framework.authtoken.views.ObtainAuthToken': DRF('ObtainAuthToken authenticates the posted username and password'),
  'rest_framework_simplejwt.views.TokenObtainPairView': DRF('TokenObtainPairView authenticates the posted username and password'),
  'rest_framework_simplejwt.views.TokenObtainSlidingView': DRF('TokenObtainSlidingView authenticates the posted username and password'),
};

/** The view a route names (`LoginView.as_view(...)` or `obtain_auth_token`), when it is one of these. */
function viewOf(q: string): string | null {
  const name = q.endsWith('.as_view') ? q.slice(0, -'.as_view'.length) : q;
  return VIEWS[name] ? name : null;
}

/** DRF applies DEFAULT_THROTTLE_CLASSES to its own views as to the project's. */
function drfThrottled(settings: ProjectSettings): boolean {
  const v = settings.restFramework?.get('DEFAULT_THROTTLE_CLASSES');
  return !!v && listOf(v).length > 0;
}

export function credentialViewEndpoint(q: string, t: UrlTarget, base: Guarded, settings: ProjectSettings, csrfDefault: CsrfState): Endpoint[] | null {
  const name = viewOf(q);
  if (!name) return null;
  const v = VIEWS[name]!;
  const g: Guarded = { ...base, guards: [...base.guards], authorization: [...base.authorization], methods: base.methods ? [...base.methods] : null };
  if (v.framework === 'drf' && drfThrottled(settings)) g.throttled = true;
  return [makeEndpoint({ framework: v.framework, methods: v.methods, path: t.path, params: t.params, handler: { file: t.file.path, line: t.line, name }, guarded: g, csrfDefault: v.framework === 'drf' ? 'not_applicable' : csrfDefault })];
}

/** The checks of such a view, for the rules: it authenticates what the caller posts. */
export function credentialViewChecks(e: Endpoint): HandlerChecks | null {
  const v = VIEWS[e.handler.name];
  return v ? genericChecks({ usesQueryset: false, authenticates: { line: e.handler.line, text: v.check } }) : null;
}
