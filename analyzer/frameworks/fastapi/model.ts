// FastAPI's part of the taint model: the Request object is Starlette's (see ../starlette/), typed
// parameters (judged in ./params.ts), and FastAPI's own response classes, which are sinks.
import type { FrameworkModel } from '../model.js';
import { responseOf } from '../headers.js';

const each = (name: string) => [`fastapi.responses.${name}`];
// `fastapi.Response` is the package's own re-export of Starlette's Response (`from fastapi import Response`).
const RESPONSES = [...['Response', 'HTMLResponse', 'RedirectResponse', 'JSONResponse', 'PlainTextResponse', 'FileResponse', 'StreamingResponse'].flatMap(each), 'fastapi.Response'];

export const fastapiModel: FrameworkModel = {
  name: 'fastapi',
  objects: [{ callees: RESPONSES, obj: 'response', also: [responseOf('fastapi')] }],
  sinks: [
    { kind: 'xss', callees: each('HTMLResponse'), args: [0], kwargs: ['content'] },
    { kind: 'redirect', callees: each('RedirectResponse'), args: [0], kwargs: ['url'] },
    { kind: 'path', callees: each('FileResponse'), args: [0], kwargs: ['path'] },
    // Starlette's responses keep constructor headers as given, CR/LF included (../starlette/headers.ts).
    { kind: 'header', callees: RESPONSES, args: [2], kwargs: ['headers'] },
  ],
  cleanCalls: [...each('JSONResponse'), 'fastapi.encoders.jsonable_encoder'],
  noReturn: ['fastapi.HTTPException'],
};
