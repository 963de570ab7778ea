import socketserver
import subprocess

SERVICES = {"nginx", "postgresql", "redis-server", "app-worker"}


class ServiceStatusHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            service = raw.decode().strip()
            if not service:
                break
            if service not in SERVICES:
                self.wfile.write(b"unknown service\n")
                continue
            out = subprocess.run(["systemctl", "is-active", service], capture_output=True, text=True)
            self.wfile.write(f"{service}: {out.stdout.strip()}\n".encode())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7070), ServiceStatusHandler) as server:
        server.serve_forever()
