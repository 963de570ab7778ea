// The rule registry: one line per rule. Order is the order of docs/rules.md within each area.
import type { RuleDefinition } from '../rule.js';
import { yamlUnsafeLoad } from './deserialization/yaml-unsafe-load.js';
import { pickleLoad } from './deserialization/pickle-load.js';
import { marshalLoad } from './deserialization/marshal-load.js';
import { evalExec } from './dangerous-api/eval-exec.js';
import { xxeParserConfig } from './dangerous-api/xml-external-entities.js';
import { xmlEntityExpansion } from './dangerous-api/xml-entity-expansion.js';
import { tlsVerifyDisabled } from './dangerous-api/tls-verify-disabled.js';
import { requestWithoutTimeout } from './dangerous-api/request-without-timeout.js';
import { jwtWithoutVerification } from './dangerous-api/jwt-without-verification.js';
import { insecureTempFile } from './dangerous-api/insecure-temp-file.js';
import { tarfileExtract } from './dangerous-api/tarfile-extract.js';
import { tlsOldProtocol } from './dangerous-api/tls-old-protocol.js';
import { markSafe } from './dangerous-api/mark-safe.js';
import { jinja2Autoescape } from './dangerous-api/jinja2-autoescape.js';
import { templateSafeFilter } from './templates/safe-filter.js';
import { templateAutoescapeOff } from './templates/autoescape-off.js';
import { assertAccessControl } from './access-control/assert-access-control.js';
import { csrfExempt } from './access-control/csrf-exempt.js';
import { flaskCsrfExempt } from './access-control/flask-csrf-exempt.js';
import { drfAllowAnyWrites } from './access-control/drf-allow-any.js';
import { drfSerializerAllFields } from './access-control/drf-serializer-all-fields.js';
import { grapheneAllFields } from './access-control/graphene-all-fields.js';
import { drfDefaultAllowAny } from './access-control/drf-default-allow-any.js';
import { unauthenticatedWrite } from './access-control/unauthenticated-write.js';
import { privilegedWithoutAuthorization } from './access-control/privileged-without-authorization.js';
import { objectWithoutOwnership } from './access-control/object-without-ownership.js';
import { loginWithoutThrottling } from './access-control/login-without-throttling.js';
import { massAssignment } from './access-control/mass-assignment.js';
import { wholeModelResponse } from './access-control/whole-model-response.js';
import { hardcodedPassword } from './secrets/hardcoded-password.js';
import { hardcodedToken } from './secrets/hardcoded-token.js';
import { credentialsInUrl } from './secrets/credentials-in-url.js';
import { knownFormatKey } from './secrets/known-format-key.js';
import { embeddedPrivateKey } from './secrets/private-key.js';
import { weakPasswordHash } from './crypto/weak-password-hash.js';
import { weakHash } from './crypto/weak-hash.js';
import { weakCipher } from './crypto/weak-cipher.js';
import { ecbMode } from './crypto/ecb-mode.js';
import { weakKeySize } from './crypto/weak-key-size.js';
import { randomReview } from './review/random-review.js';
import { dynamicSql } from './review/dynamic-sql.js';
import { shellCommand } from './review/shell-command.js';
import { permissiveFileMode } from './review/file-mode.js';
import { cleartextProtocol } from './review/cleartext-protocol.js';
import { redosPattern } from './review/redos-pattern.js';
import { corsWildcard } from './review/cors-wildcard.js';
import { connectionWithoutPassword } from './review/connection-without-password.js';
import { insecureRandom } from './crypto/insecure-random.js';
import { staticIv } from './crypto/static-iv.js';
import { hardcodedCryptoKey } from './crypto/hardcoded-crypto-key.js';
import { djangoDebugEnabled } from './django-settings/debug-enabled.js';
import { djangoSecretKeyHardcoded } from './django-settings/secret-key-hardcoded.js';
import { djangoAllowedHosts } from './django-settings/allowed-hosts.js';
import { djangoSecurityMiddlewareMissing } from './django-settings/security-middleware-missing.js';
import { djangoCsrfMiddlewareMissing } from './django-settings/csrf-middleware-missing.js';
import { djangoClickjacking } from './django-settings/clickjacking.js';
import { djangoHsts } from './django-settings/hsts.js';
import { djangoContentTypeNosniff } from './django-settings/content-type-nosniff.js';
import { djangoSslRedirect } from './django-settings/ssl-redirect.js';
import { djangoSessionCookieSecure } from './django-settings/session-cookie-secure.js';
import { djangoSessionCookieHttpOnly } from './django-settings/session-cookie-httponly.js';
import { djangoCsrfCookieSecure } from './django-settings/csrf-cookie-secure.js';
import { djangoCookieSameSite } from './django-settings/cookie-samesite.js';
import { djangoSessionCookieAge } from './django-settings/session-cookie-age.js';
import { djangoReferrerPolicy } from './django-settings/referrer-policy.js';
import { djangoCrossOriginOpenerPolicy } from './django-settings/cross-origin-opener-policy.js';
import { djangoPasswordValidators } from './django-settings/password-validators.js';
import { djangoWeakPasswordHasher } from './django-settings/weak-password-hasher.js';
import { djangoCorsAnyOrigin } from './django-settings/cors-any-origin.js';
import { djangoPickleSessions } from './django-settings/pickle-session-serializer.js';
import { djangoRequestLimits } from './django-settings/request-limits.js';
import { flaskDebug } from './app-config/flask-debug.js';
import { fastapiDebug } from './app-config/fastapi-debug.js';
import { graphqlDebug } from './app-config/graphql-debug.js';
import { debugToolbar } from './app-config/debug-toolbar.js';
import { flaskSecretKeyHardcoded } from './app-config/flask-secret-key.js';
import { starletteCorsAnyOrigin } from './app-config/starlette-cors.js';
import { flaskCorsAnyOrigin } from './app-config/flask-cors.js';
import { setCookieFlags } from './app-config/set-cookie-flags.js';
import { flaskSessionCookieFlags } from './app-config/flask-session-cookie.js';
import { jwtHardcodedKey } from './app-config/jwt-hardcoded-key.js';
import { flaskCsrfDisabled } from './app-config/flask-csrf-disabled.js';
import { starletteSessionSecret } from './app-config/starlette-session-secret.js';
import { flaskSessionLifetime } from './app-config/flask-session-lifetime.js';
import { starletteSessionCookie } from './app-config/starlette-session-cookie.js';
import { sqlInjection } from './injection/sql-injection.js';
import { commandInjection } from './injection/command-injection.js';
import { codeInjection } from './injection/code-injection.js';
import { templateInjection } from './injection/template-injection.js';
import { crossSiteScripting } from './injection/xss.js';
import { pathTraversal } from './injection/path-traversal.js';
import { serverSideRequestForgery } from './injection/ssrf.js';
import { openRedirect } from './injection/open-redirect.js';
import { unsafeDeserialization } from './injection/unsafe-deserialization.js';
import { xmlExternalEntities } from './injection/xxe.js';
import { ldapInjection } from './injection/ldap-injection.js';
import { xpathInjection } from './injection/xpath-injection.js';
import { headerInjection } from './injection/header-injection.js';
import { logInjection } from './injection/log-injection.js';
import { trustBoundary } from './injection/trust-boundary.js';
import { nosqlInjection } from './injection/nosql-injection.js';
import { regexInjection } from './injection/regex-injection.js';
import { plaintextPasswordStorage } from './auth/plaintext-password-storage.js';
import { plaintextPasswordCompare } from './auth/plaintext-password-compare.js';
import { timingUnsafeCompare } from './auth/timing-unsafe-compare.js';
import { loginWithoutCheck } from './auth/login-without-check.js';
import { jwtWithoutExpiry } from './auth/jwt-without-expiry.js';
import { jwtAlgorithmMix } from './auth/jwt-algorithm-mix.js';
import { jwtDecodeWithoutAudience } from './auth/jwt-decode-without-audience.js';
import { clientControlledIdentity } from './sessions/client-controlled-identity.js';
import { sessionFixation } from './sessions/session-fixation.js';
import { logoutWithoutInvalidation } from './sessions/logout-without-invalidation.js';
import { passwordChangeKeepsSessions } from './sessions/password-change-keeps-sessions.js';
import { errorDetailsInResponse } from './sensitive-data/error-details-in-response.js';
import { sensitiveLogging } from './sensitive-data/sensitive-logging.js';
import { sensitiveDataInUrl } from './sensitive-data/sensitive-data-in-url.js';
import { cleartextCookie } from './sensitive-data/cleartext-cookie.js';
import { cleartextFile } from './sensitive-data/cleartext-file.js';
import { secretInResponse } from './sensitive-data/secret-in-response.js';
import { printInHandler } from './logging/print-in-handler.js';
import { securityEventNotLogged } from './logging/security-event-not-logged.js';
import { uploadClientFilename } from './upload/client-filename.js';
import { uploadFlaskSizeLimit } from './upload/flask-size-limit.js';
import { uploadDjangoSizeLimit } from './upload/django-size-limit.js';
import { uploadDjangoWholeRead } from './upload/django-whole-read.js';
import { uploadTypeUnchecked } from './upload/type-unchecked.js';
import { uploadPublicFolder } from './upload/public-folder.js';
import { uploadServedAnyType } from './upload/served-any-type.js';
import { vulnerableDependency } from './dependencies/vulnerable-dependency.js';
import { vulnerableRange } from './dependencies/vulnerable-range.js';
import { unpinnedDependency } from './dependencies/unpinned-dependency.js';
import { plainHttpSource } from './dependencies/plain-http-source.js';
import { unpinnedVcs } from './dependencies/unpinned-vcs.js';
import { typosquat } from './dependencies/typosquat.js';
import { phantomImport } from './dependencies/phantom-import.js';
import { unusedDependency } from './dependencies/unused-dependency.js';

export const allRules: readonly RuleDefinition[] = [
  yamlUnsafeLoad,
  pickleLoad,
  marshalLoad,
  evalExec,
  xxeParserConfig,
  xmlEntityExpansion,
  tlsVerifyDisabled,
  requestWithoutTimeout,
  jwtWithoutVerification,
  insecureTempFile,
  tarfileExtract,
  tlsOldProtocol,
  markSafe,
  jinja2Autoescape,
  templateSafeFilter,
  templateAutoescapeOff,
  assertAccessControl,
  csrfExempt,
  flaskCsrfExempt,
  drfAllowAnyWrites,
  drfSerializerAllFields,
  grapheneAllFields,
  drfDefaultAllowAny,
  unauthenticatedWrite,
  privilegedWithoutAuthorization,
  objectWithoutOwnership,
  loginWithoutThrottling,
  massAssignment,
  wholeModelResponse,
  hardcodedPassword,
  hardcodedToken,
  credentialsInUrl,
  knownFormatKey,
  embeddedPrivateKey,
  weakPasswordHash,
  weakHash,
  weakCipher,
  ecbMode,
  weakKeySize,
  insecureRandom,
  randomReview,
  staticIv,
  hardcodedCryptoKey,
  djangoDebugEnabled,
  djangoSecretKeyHardcoded,
  djangoAllowedHosts,
  djangoSecurityMiddlewareMissing,
  djangoCsrfMiddlewareMissing,
  djangoClickjacking,
  djangoHsts,
  djangoContentTypeNosniff,
  djangoSslRedirect,
  djangoSessionCookieSecure,
  djangoSessionCookieHttpOnly,
  djangoCsrfCookieSecure,
  djangoCookieSameSite,
  djangoSessionCookieAge,
  djangoReferrerPolicy,
  djangoCrossOriginOpenerPolicy,
  djangoPasswordValidators,
  djangoWeakPasswordHasher,
  djangoCorsAnyOrigin,
  djangoPickleSessions,
  djangoRequestLimits,
  flaskDebug,
  fastapiDebug,
  graphqlDebug,
  debugToolbar,
  flaskSecretKeyHardcoded,
  starletteCorsAnyOrigin,
  flaskCorsAnyOrigin,
  setCookieFlags,
  flaskSessionCookieFlags,
  jwtHardcodedKey,
  flaskCsrfDisabled,
  starletteSessionSecret,
  flaskSessionLifetime,
  starletteSessionCookie,
  sqlInjection,
  commandInjection,
  dynamicSql,
  shellCommand,
  redosPattern,
  codeInjection,
  templateInjection,
  crossSiteScripting,
  pathTraversal,
  serverSideRequestForgery,
  openRedirect,
  unsafeDeserialization,
  xmlExternalEntities,
  ldapInjection,
  xpathInjection,
  headerInjection,
  logInjection,
  trustBoundary,
  nosqlInjection,
  regexInjection,
  plaintextPasswordStorage,
  plaintextPasswordCompare,
  timingUnsafeCompare,
  loginWithoutCheck,
  jwtWithoutExpiry,
  jwtAlgorithmMix,
  jwtDecodeWithoutAudience,
  clientControlledIdentity,
  sessionFixation,
  logoutWithoutInvalidation,
  passwordChangeKeepsSessions,
  errorDetailsInResponse,
  sensitiveLogging,
  sensitiveDataInUrl,
  cleartextCookie,
  cleartextFile,
  secretInResponse,
  printInHandler,
  securityEventNotLogged,
  permissiveFileMode,
  cleartextProtocol,
  corsWildcard,
  connectionWithoutPassword,
  uploadClientFilename,
  uploadFlaskSizeLimit,
  uploadDjangoSizeLimit,
  uploadDjangoWholeRead,
  uploadTypeUnchecked,
  uploadPublicFolder,
  uploadServedAnyType,
  vulnerableDependency,
  vulnerableRange,
  unpinnedDependency,
  plainHttpSource,
  unpinnedVcs,
  typosquat,
  phantomImport,
  unusedDependency,
];

export function ruleById(id: string): RuleDefinition | undefined {
  return allRules.find((r) => r.id === id);
}
