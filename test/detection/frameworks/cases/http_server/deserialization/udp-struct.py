import socketserver
import struct

EVENT = struct.Struct("!IHd")


class EventHandler(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read(EVENT.size)
        if len(data) != EVENT.size:
            return
        sensor, kind, value = EVENT.unpack(data)
        self.server.events.append({"sensor": sensor, "kind": kind, "value": value})


server = socketserver.UDPServer(("0.0.0.0", 9999), EventHandler)
server.events = []
server.serve_forever()
