// What Django views receive: the request first (after self), then URL kwargs — client data unless
// the URLconf's converter (`<int:pk>`) says otherwise. Forms' hooks get field-typed data, and a
// FormView's form_valid gets the bound form of its form_class.
import type { HandlerView, ParamKind } from '../api.js';
import { boundFormKind, formHookParams } from '../forms.js';
import { SAFE_CONVERTERS } from '../converters.js';

export const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'list', 'retrieve', 'create', 'update', 'partial_update', 'destroy']);
// Where Django and DRF projects keep views: views.py, views/…, viewsets.py, api.py (a file, not an
// api/ package of client wrappers), endpoints.py, ajax.py.
const VIEW_MODULE = /(^|\/)(views?|viewsets|endpoints|ajax)(\/|\.py$)|(^|\/)api\.py$/;
const VIEW_DECORATOR = /(^|[.@\s])(login_required|permission_required|staff_member_required|user_passes_test|require_\w+|csrf_exempt|csrf_protect|ensure_csrf_cookie|api_view|action|never_cache|cache_page|cache_control|vary_on_\w+|xframe_options_\w+|sensitive_post_parameters|condition|etag|last_modified|gzip_page|permission_classes|renderer_classes|throttle_classes|authentication_classes)\b/;

export function djangoParams(h: HandlerView): ParamKind[] | null {
  const { fn, file, program, kinds, isMethod } = h;
  // Form and serializer classes of every framework (the merged model's formBases) share these hooks.
  const hooks = formHookParams(h, program.model.formBases);
  if (hooks) return hooks;
  // Django's FormView hands form_valid the bound form of form_class.
  if (isMethod && (fn.name === 'form_valid' || fn.name === 'form_invalid') && fn.params[1]) {
    kinds[1] = boundFormKind(h, 'form_class');
    return kinds;
  }
  const reqIndex = isMethod ? 1 : 0;
  const isView = fn.params[reqIndex]?.name === 'request' && (!isMethod || HTTP_METHODS.has(fn.name) || fn.decorators.some((d) => /(^|\.)action\b/.test(d)));
  if (!isView) return null;
  // A function the project calls itself is a helper taking the request, not a view.
  if (!isMethod && program.calledIds.has(fn.id)) return null;
  const route = h.registration?.framework === 'django' ? h.registration : undefined;
  // Only a view's URL kwargs are the client's: a module function taking `request` first is a view
  // when urls.py routes to it, it sits in a views module or it wears a view decorator. Elsewhere
  // (an API wrapper `trunk_show(request, trunk_id)`) its other parameters are whatever callers pass.
  if (!isMethod && !route && !VIEW_MODULE.test(file.path) && !fn.decorators.some((d) => VIEW_DECORATOR.test(d))) return null;
  for (let i = reqIndex + 1; i < fn.params.length; i++) {
    const p = fn.params[i]!;
    if (kinds[i]!.k !== 'plain') continue;
    if (route) {
      const conv = route.pathParams[p.name];
      kinds[i] = conv === undefined ? (p.star ? { k: 'source', struct: false } : { k: 'clean' }) : SAFE_CONVERTERS.has(conv) ? { k: 'clean' } : { k: 'source', struct: false };
    } else kinds[i] = { k: 'source', struct: false };
  }
  return kinds;
}
