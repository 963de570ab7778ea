import json

from werkzeug.exceptions import HTTPException, NotFound, Unauthorized
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from helpdesk import auth, tickets


class HelpdeskApp:
    def __init__(self):
        self.url_map = Map([Rule("/api/tickets/<int:ticket_id>", endpoint="ticket")])

    def on_ticket(self, request, agent, ticket_id):
        ticket = tickets.find(ticket_id)
        if ticket is None:
            raise NotFound()
        if request.method == "PATCH":
            ticket = tickets.update(ticket.id, status=request.get_json()["status"])
        return Response(json.dumps(ticket.public()), mimetype="application/json")

    def dispatch(self, request):
        agent = auth.agent_for(request.headers.get("Authorization", ""))
        if agent is None:
            raise Unauthorized()
        adapter = self.url_map.bind_to_environ(request.environ)
        endpoint, values = adapter.match()
        return getattr(self, f"on_{endpoint}")(request, agent, **values)

    def __call__(self, environ, start_response):
        request = Request(environ)
        try:
            response = self.dispatch(request)
        except HTTPException as exc:
            response = exc
        return response(environ, start_response)


application = HelpdeskApp()
