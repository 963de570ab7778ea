// What DRF hands its views beyond Django's: perform_create/perform_update get the validated
// serializer of the view's serializer_class (its validated_data is field-typed client data).
import type { HandlerView, ParamKind } from '../api.js';
import { boundFormKind } from '../forms.js';

export function drfParams(h: HandlerView): ParamKind[] | null {
  const { fn, program, kinds } = h;
  if (!h.isMethod || fn.params[1]?.name !== 'serializer' || !program.bases(fn.cls!).some((b) => b.startsWith('rest_framework.'))) return null;
  kinds[1] = boundFormKind(h, 'serializer_class');
  return kinds;
}
