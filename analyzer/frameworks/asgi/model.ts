// What a raw ASGI app or middleware writes: `await send({"type": "http.response.start", "status": …,
// "headers": [(name, value), …]})` hands the header list to the server as given. No framework sits
// between the app and the server here, and the ASGI spec leaves the values to the application, so a
// request value in that list splits the response under a server that writes what it is handed: a
// vulnerability, as for a bare WSGI app's start_response (../wsgi/model.ts). Some servers defend on
// their own (checked with /usr/bin/python3 on Debian 12: uvicorn 0.17.6 refuses a value holding a
// control character in both its protocol implementations, "Invalid HTTP header value", since 0.11.7;
// h11 0.14, which hypercorn uses too, raises LocalProtocolError) — a deployment's defence, not the app's.
// Only the message's `headers` entry is a header sink; its `body` is the response body. The `send`
// parameter may be renamed or captured by a wrapper's closure (`async def send_wrapper(message): …
// await send(message)`), so the sink follows the value.
import type { FrameworkModel } from '../model.js';

export const ASGI_SEND = 'asgi-send';

export const asgiModel: FrameworkModel = {
  name: 'asgi',
  sinks: [{ kind: 'header', callables: [ASGI_SEND], args: [], dictKeysOf: () => ({ arg: 0, kw: 'message', keys: ['headers'] }) }],
};
