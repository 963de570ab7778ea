// What a resolver's `info` holds besides the client's arguments: strawberry's `info.context` is built
// by the integration that serves the schema, and its "response" (`info.context["response"]`, or
// `.response` of the Django integration's context) is that integration's temporary response, whose
// headers and cookies the resolver may set — as that framework lets them be set. The integration is
// read from the resolver's own file's imports (strawberry.fastapi / strawberry.asgi: Starlette,
// strawberry.flask: Flask, strawberry.django: Django, strawberry.aiohttp: aiohttp); a schema file that
// imports none leaves the response unmarked, so nothing is assumed to refuse CR/LF there.
import type { FileFactsData } from '../../taint/facts.js';
import type { Framework } from '../../types.js';
import type { FrameworkModel } from '../model.js';
import { RESPONSE_MARK_PREFIX, responseOf } from '../headers.js';

/** The object kinds of `info` and of `info.context`. */
export const GRAPHQL_INFO = 'graphql-info';
const GRAPHQL_CONTEXT = 'graphql-context';

const INTEGRATIONS: ReadonlyArray<[RegExp, Framework]> = [
  [/^strawberry\.(fastapi|asgi|starlette)\b/, 'starlette'],
  [/^strawberry\.flask\b/, 'flask'],
  [/^strawberry\.django\b/, 'django'],
  [/^strawberry\.aiohttp\b/, 'aiohttp'],
];

/** The response marks an `info` of a resolver in `file` carries (none when the integration is not in view). */
export function infoMarks(file: FileFactsData): string[] {
  const imported = Object.values(file.bindings);
  return INTEGRATIONS.filter(([re]) => imported.some((q) => re.test(q))).map(([, fw]) => responseOf(fw));
}

const RESPONSE = { receivers: [GRAPHQL_CONTEXT], obj: 'response', keepPrefix: RESPONSE_MARK_PREFIX };

export const graphqlContextModel: Pick<FrameworkModel, 'attrObjects' | 'itemObjects'> = {
  attrObjects: { context: { receivers: [GRAPHQL_INFO], obj: GRAPHQL_CONTEXT, keepPrefix: RESPONSE_MARK_PREFIX }, response: RESPONSE },
  itemObjects: { response: RESPONSE },
};
