import socketserver
import subprocess


class ServiceStatusHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            service = raw.decode().strip()
            if not service:
                break
            out = subprocess.run(f"systemctl is-active {service}", shell=True, capture_output=True, text=True)
            self.wfile.write(f"{service}: {out.stdout.strip()}\n".encode())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7070), ServiceStatusHandler) as server:
        server.serve_forever()
