// Starlette's part of the taint model: its Request (which FastAPI hands its handlers too) and its
// responses. HTMLResponse content is HTML; RedirectResponse and FileResponse take a URL and a path.
// A BackgroundTask calls its function with the arguments given, once the response is sent.
import type { FrameworkModel } from '../model.js';
import { responseOf } from '../headers.js';
import { CALL_NEXT } from './middleware.js';

const each = (name: string) => [`starlette.responses.${name}`];
const RESPONSES = ['Response', 'HTMLResponse', 'RedirectResponse', 'JSONResponse', 'PlainTextResponse', 'FileResponse', 'StreamingResponse'].flatMap(each);

export const starletteModel: FrameworkModel = {
  name: 'starlette',
  requestAttrs: { query_params: false, path_params: false, cookies: false, headers: false },
  requestMethods: { json: true, body: false, form: false, stream: false },
  routeArgs: ['path_params'],
  objects: [{ callees: RESPONSES, obj: 'response', also: [responseOf('starlette')] }],
  sinks: [
    { kind: 'xss', callees: each('HTMLResponse'), args: [0], kwargs: ['content'] },
    { kind: 'redirect', callees: each('RedirectResponse'), args: [0], kwargs: ['url'] },
    { kind: 'path', callees: each('FileResponse'), args: [0], kwargs: ['path'] },
    // Headers given to the constructor are kept as given, CR/LF included (./headers.ts).
    { kind: 'header', callees: RESPONSES, args: [2], kwargs: ['headers'] },
  ],
  // A middleware's `await call_next(request)`: the endpoint's response, headers still writable.
  factories: { [CALL_NEXT]: ['response', responseOf('starlette')] },
  cleanCalls: each('JSONResponse'),
  invokers: { 'starlette.background.BackgroundTask': 0 },
  noReturn: ['starlette.exceptions.HTTPException'],
};
