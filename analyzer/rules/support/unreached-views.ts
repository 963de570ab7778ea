import { isUnrouted } from '../../../domain/index.js';
import type { EndpointView } from '../../endpoints/rule-context.js';

/**
 * A view no scanned route reaches, in a project whose routes the scan does read: either Assay missed
 * its route (a URLconf it cannot resolve, a registering decorator) or the view is not served, so how
 * it is guarded where it is served is not known. In a project where the scan reads no route at all
 * (a views module or an app scanned without its URLconf) the views are all there is to judge, and
 * they are judged by their own guards like routed ones.
 */
export function routeUnknown(view: EndpointView): boolean {
  return isUnrouted(view.endpoint) && view.project.peers.some((p) => !isUnrouted(p));
}
