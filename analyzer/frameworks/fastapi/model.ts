// FastAPI's part of the taint model: the Request object is Starlette's (see ../starlette/), typed
// parameters (judged in ./params.ts), and FastAPI's own response classes, which are sinks.
import type { FrameworkModel } from '../model.js';

const each = (name: string) => [`fastapi.responses.${name}`];

export const fastapiModel: FrameworkModel = {
  name: 'fastapi',
  objects: [{ callees: [...each('Response'), ...each('HTMLResponse'), ...each('RedirectResponse'), ...each('JSONResponse'), ...each('PlainTextResponse'), ...each('FileResponse')], obj: 'response' }],
  sinks: [
    { kind: 'xss', callees: each('HTMLResponse'), args: [0], kwargs: ['content'] },
    { kind: 'redirect', callees: each('RedirectResponse'), args: [0], kwargs: ['url'] },
    { kind: 'path', callees: each('FileResponse'), args: [0], kwargs: ['path'] },
  ],
  cleanCalls: [...each('JSONResponse'), 'fastapi.encoders.jsonable_encoder'],
  noReturn: ['fastapi.HTTPException'],
};
