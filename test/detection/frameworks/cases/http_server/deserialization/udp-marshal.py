import marshal
import socketserver


class EventHandler(socketserver.DatagramRequestHandler):
    def handle(self):
        event = marshal.loads(self.rfile.read())
        self.server.events.append(event)


server = socketserver.UDPServer(("0.0.0.0", 9999), EventHandler)
server.events = []
server.serve_forever()
