// The inventory of Werkzeug applications routed by a URL map or a route dict: every route with its
// methods, path and authentication, from the dispatcher's check of the caller — both ways.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

function inventory(sources: Record<string, string>): string[] {
  const files = Object.entries(sources).map(([path, source]) => ({ path, source }));
  return analyzeSources(files, []).endpoints.map((e) => `${e.methods.join(',')} ${e.path} ${e.authentication} ${e.handler.name}`);
}

const MAP_APP = (checkFirst: boolean) => `
from werkzeug.exceptions import HTTPException, Unauthorized
from werkzeug.routing import Map, Rule, Submount
from werkzeug.wrappers import Request, Response

from .sessions import user_for

url_map = Map([
    Rule("/cache", endpoint="status", methods=["GET"]),
    Submount("/ops", [Rule("/purge", endpoint="purge", methods=["POST"])]),
])


def status(request):
    return Response("ok")


def purge(request):
    return Response(status=202)


VIEWS = {"status": status}


@Request.application
def application(request):
    endpoint, args = url_map.bind_to_environ(request.environ).match()
    ${checkFirst ? '' : 'if endpoint == "purge":\n        return purge(request, **args)'}
    if user_for(request.cookies.get("sid")) is None:
        raise Unauthorized()
    ${checkFirst ? 'if endpoint == "purge":\n        return purge(request, **args)' : ''}
    return VIEWS[endpoint](request, **args)
`;

const CLASS_APP = (gate: string) => `
from werkzeug.exceptions import HTTPException, Unauthorized
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from helpdesk import auth, tickets


class HelpdeskApp:
    def __init__(self):
        self.url_map = Map([Rule("/api/tickets/<int:ticket_id>", endpoint="ticket")])

    def on_ticket(self, request, agent, ticket_id):
        if request.method == "PATCH":
            tickets.update(ticket_id, status=request.get_json()["status"])
        return Response("{}")

    def dispatch(self, request):
        agent = auth.agent_for(request.headers.get("Authorization", ""))
        ${gate}
        adapter = self.url_map.bind_to_environ(request.environ)
        endpoint, values = adapter.match()
        return getattr(self, f"on_{endpoint}")(request, agent, **values)

    def __call__(self, environ, start_response):
        return self.dispatch(Request(environ))(environ, start_response)
`;

describe('Werkzeug URL maps', () => {
  it('a check of the caller in the dispatcher guards every rule; an endpoint handed over before it is open', () => {
    expect(inventory({ 'app.py': MAP_APP(true) })).toEqual([
      'GET /cache required app.status',
      'POST /ops/purge required app.purge',
    ]);
    expect(inventory({ 'app.py': MAP_APP(false) })).toEqual([
      'GET /cache required app.status',
      'POST /ops/purge none app.purge',
    ]);
  });

  it('endpoints resolve to on_<endpoint> methods of the class building the map; a rule without methods lists GET and those its handler tells apart', () => {
    expect(inventory({ 'app.py': CLASS_APP('if agent is None:\n            raise Unauthorized()') })).toEqual(['GET,PATCH /api/tickets/{ticket_id} required app.HelpdeskApp.on_ticket']);
    expect(inventory({ 'app.py': CLASS_APP('') })).toEqual(['GET,PATCH /api/tickets/{ticket_id} none app.HelpdeskApp.on_ticket']);
  });
});

describe('WSGI route dicts', () => {
  const app = (decorated: boolean) => `
from auth import login_required


${decorated ? '@login_required\n' : ''}def save_hook(environ, start_response):
    start_response("201 Created", [])
    return [b""]


@login_required
def list_hooks(environ, start_response):
    start_response("200 OK", [])
    return [b""]


ROUTES = {
    ("GET", "/hooks"): list_hooks,
    ("POST", "/hooks"): save_hook,
}


def application(environ, start_response):
    handler = ROUTES.get((environ["REQUEST_METHOD"], environ.get("PATH_INFO", "/")))
    if handler is None:
        start_response("404 Not Found", [])
        return [b""]
    return handler(environ, start_response)
`;
  const auth = `
import functools

from store import sessions


def login_required(handler):
    @functools.wraps(handler)
    def wrapper(environ, start_response):
        user = sessions.lookup(environ.get("HTTP_COOKIE", ""))
        if user is None:
            start_response("302 Found", [("Location", "/login")])
            return [b""]
        return handler(environ, start_response)

    return wrapper
`;

  it('each (method, path) key is a route of its handler, guarded by the handler\'s own decorators', () => {
    expect(inventory({ 'app.py': app(false), 'auth.py': auth })).toEqual(['GET /hooks required app.list_hooks', 'POST /hooks none app.save_hook']);
    expect(inventory({ 'app.py': app(true), 'auth.py': auth })).toEqual(['GET /hooks required app.list_hooks', 'POST /hooks required app.save_hook']);
  });
});
