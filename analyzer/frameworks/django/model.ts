// Django's part of the taint model: request data, URL kwargs (see the interpreter's view rules),
// forms' field types, and Django's own sinks and sanitizers.
import type { FrameworkModel } from '../model.js';
import { RESPONSE_MARK_PREFIX, responseOf } from '../headers.js';

const RESPONSES = [
  'django.http.HttpResponse', 'django.http.response.HttpResponse', 'django.http.HttpResponseRedirect', 'django.http.HttpResponsePermanentRedirect',
  'django.http.JsonResponse', 'django.http.StreamingHttpResponse', 'django.http.FileResponse', 'django.http.HttpResponseBadRequest',
  'django.http.HttpResponseNotFound', 'django.shortcuts.render', 'django.shortcuts.redirect',
];
const HANDLER_RESPONSES = ['get_response', 'get_response_async'].map((m) => `django.core.handlers.base.BaseHandler.${m}`);
const QUERYSET_METHODS = [
  'filter', 'exclude', 'all', 'order_by', 'annotate', 'values', 'values_list', 'select_related', 'prefetch_related', 'distinct',
  'using', 'only', 'defer', 'none', 'get', 'first', 'last', 'create', 'get_or_create', 'update_or_create', 'count', 'exists',
  'aggregate', 'latest', 'earliest', 'in_bulk', 'iterator', 'delete', 'update',
];

/** `request.FILES` (a MultiValueDict of uploads) and one UploadedFile of it. */
const DJANGO_FILES = 'django-files';
const DJANGO_UPLOAD = 'django-upload';

export const djangoModel: FrameworkModel = {
  name: 'django',
  requestAttrs: {
    GET: false, POST: false, COOKIES: false, META: false, headers: false, body: false, FILES: false,
    path: false, path_info: false, content_params: false,
  },
  requestMethods: {
    get_full_path: false, get_full_path_info: false, read: false, readline: false, readlines: false, build_absolute_uri: false,
    get_host: false, get_raw_uri: false, get_port: false,
  },
  // The page itself: build_absolute_uri() without a location is this URL (one with a location keeps its taint).
  // get_host() is the Host header Django checked against ALLOWED_HOSTS: the site the browser connected to.
  sameSiteRequestParts: ['path', 'path_info', 'get_full_path', 'get_full_path_info', 'build_absolute_uri', 'get_raw_uri', 'get_host'],
  // Percent-encoded by Django (escape_uri_path, iri_to_uri) or matched by the host pattern: no CR/LF.
  quotedRequestParts: ['get_full_path', 'get_full_path_info', 'build_absolute_uri', 'get_raw_uri', 'get_host'],
  globalObjects: { 'django.db.connection': 'dbconn', 'django.db.connections': 'dbconn' },
  objects: [
    { callees: RESPONSES, obj: 'response', also: [responseOf('django')] },
    // The handler chain's answer: an HttpResponse (or a middleware's), whose headers Django checked as
    // they were set. Its header list is what a WSGI/ASGI handler sends (Django's own WSGIHandler
    // passes `response.items()` to start_response), not a value the request chose. `self.get_response`
    // is also the new-style middleware contract (`__init__(self, get_response)`).
    { callees: HANDLER_RESPONSES, obj: 'response', also: [responseOf('django')] },
    { methods: ['get_response', 'get_response_async'], obj: 'response', also: [responseOf('django')], when: (c) => c.receiverText() === 'self' },
    { methods: QUERYSET_METHODS, receivers: ['manager', 'queryset'], obj: 'queryset' },
    { methods: ['get'], receivers: [DJANGO_FILES], obj: DJANGO_UPLOAD, keepTaint: true },
  ],
  attrObjects: {
    objects: { receivers: [], obj: 'manager' },
    headers: { receivers: ['response'], obj: 'headers', keepPrefix: RESPONSE_MARK_PREFIX },
    session: { receivers: ['req'], obj: 'session' },
  },
  sinks: [
    { kind: 'sql', methods: ['raw'], receivers: ['manager', 'queryset'], args: [0], kwargs: ['raw_query'] },
    { kind: 'sql', methods: ['extra'], receivers: ['manager', 'queryset'], args: [0, 1, 3, 4], kwargs: ['select', 'where', 'tables', 'order_by'] },
    { kind: 'sql', callees: ['django.db.models.expressions.RawSQL', 'django.db.models.RawSQL'], args: [0], kwargs: ['sql'] },
    {
      kind: 'xss',
      callees: ['django.http.HttpResponse', 'django.http.response.HttpResponse', 'django.http.HttpResponseBadRequest', 'django.http.HttpResponseNotFound', 'django.http.HttpResponseForbidden'],
      args: [0],
      kwargs: ['content'],
      // The content type is the `content_type` keyword or the second positional argument.
      when: (c) => {
        const given = c.hasKw('content_type') || c.hasArg(1);
        const ct = c.hasKw('content_type') ? c.constKw('content_type') : c.constArg(1);
        return !given || (typeof ct === 'string' && ct.includes('html'));
      },
    },
    { kind: 'xss', callees: ['django.utils.safestring.mark_safe', 'django.utils.html.mark_safe', 'django.utils.html.format_html', 'django.utils.safestring.SafeString'], args: [0], kwargs: ['s', 'format_string'] },
    {
      kind: 'redirect',
      callees: ['django.shortcuts.redirect', 'django.http.HttpResponseRedirect', 'django.http.HttpResponsePermanentRedirect', 'django.http.response.HttpResponseRedirect'],
      args: [0],
      kwargs: ['to', 'redirect_to'],
    },
    { kind: 'template', callees: ['django.template.Template', 'django.template.base.Template'], args: [0], kwargs: ['template_string'] },
    { kind: 'header', methods: ['set_cookie', 'set_signed_cookie'], receivers: ['response'], args: [0, 1], kwargs: ['key', 'value'] },
    { kind: 'header', methods: ['setdefault', '__setitem__'], receivers: ['response', 'headers'], args: [0, 1] },
    { kind: 'trust', methods: ['setdefault', 'update', '__setitem__'], receivers: ['session'], args: [0, 1] },
  ],
  storeSinks: [
    { receivers: ['response', 'headers'], kind: 'header' },
    { receivers: ['session'], kind: 'trust' },
  ],
  sanitizers: [
    { callees: ['django.utils.html.escape', 'django.utils.html.conditional_escape', 'django.utils.html.format_html', 'django.utils.html.strip_tags', 'django.utils.html.escapejs'], kinds: ['xss'] },
    { callees: ['django.shortcuts.render', 'django.template.loader.render_to_string', 'django.shortcuts.render_to_response'], kinds: 'all' },
    { callees: ['django.utils._os.safe_join'], kinds: ['path'] },
    // get_absolute_url() is Django's contract for an object's path on this site (a reverse() result,
    // without a host): where the object behind it is not seen, the redirect still stays on the site.
    { methods: ['get_absolute_url'], kinds: ['redirect'] },
    // Django's urlencode and QueryDict.urlencode() quote with quote_plus: no '/' or ':' survives, so no
    // other host can be named (QueryDict.urlencode(safe=…) keeps the characters it is told to).
    { callees: ['django.utils.http.urlencode'], kinds: ['redirect', 'ssrf'] },
    { methods: ['urlencode'], kinds: ['redirect', 'ssrf', 'xss', 'header', 'log'], when: (c) => !c.hasArg(0) && !c.hasKw('safe') },
    { callees: ['django.utils.safestring.mark_safe', 'django.utils.html.mark_safe', 'django.utils.safestring.SafeString'], kinds: ['xss'] },
    { callees: ['django.utils.text.slugify', 'django.utils.http.urlencode', 'django.utils.http.urlquote'], kinds: ['sql', 'command', 'path', 'xss', 'header', 'log', 'ldap', 'xpath', 'template', 'code', 'regex'] },
  ],
  guardCalls: {
    'django.utils.http.url_has_allowed_host_and_scheme': ['redirect', 'ssrf'],
    'django.utils.http.is_safe_url': ['redirect', 'ssrf'],
    // True only for a well-formed language code of an installed translation: an allowlist.
    'django.utils.translation.check_for_language': 'all',
    'django.utils.translation.trans_real.check_for_language': 'all',
  },
  cleanCalls: [
    'django.shortcuts.get_object_or_404', 'django.shortcuts.get_list_or_404', 'django.urls.reverse', 'django.urls.reverse_lazy',
    'django.http.JsonResponse', 'django.core.signing.loads', 'django.contrib.auth.authenticate', 'django.utils.timezone.now',
    // An HTTP date formatted from a timestamp: digits, names of days and months.
    'django.utils.http.http_date',
  ],
  formBases: ['django.forms.Form', 'django.forms.ModelForm', 'django.forms.forms.Form', 'django.forms.models.ModelForm'],
  neutralFields: [
    'IntegerField', 'FloatField', 'DecimalField', 'BooleanField', 'NullBooleanField', 'UUIDField', 'ChoiceField', 'TypedChoiceField',
    'MultipleChoiceField', 'TypedMultipleChoiceField', 'DateField', 'DateTimeField', 'TimeField', 'DurationField', 'ModelChoiceField',
    'ModelMultipleChoiceField', 'SlugField', 'GenericIPAddressField',
  ],
  noReturn: ['django.http.Http404'],
  // request.FILES holds UploadedFile objects, whose name Django sets through _set_name: the base
  // name only, and validate_file_name refuses `.`, `..` and any path element. One entry of a directory.
  requestAttrObjects: { FILES: DJANGO_FILES },
  containerItems: { [DJANGO_FILES]: DJANGO_UPLOAD },
  cleanAttrs: [{ receivers: [DJANGO_UPLOAD], attrs: ['name'], kinds: ['path'] }],
};
