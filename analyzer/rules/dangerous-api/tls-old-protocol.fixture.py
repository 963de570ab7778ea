import socket
import ssl

from OpenSSL import SSL


def legacy_gateway_context():
    context = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # expect: PY-API-TLS-OLD-PROTOCOL
    return context


def partner_context():
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1  # expect: PY-API-TLS-OLD-PROTOCOL
    return context


def pyopenssl_context():
    return SSL.Context(SSL.TLSv1_1_METHOD)  # expect: PY-API-TLS-OLD-PROTOCOL


PROTOCOL_NAMES = {ssl.PROTOCOL_TLSv1: "TLS 1.0", ssl.PROTOCOL_TLS_CLIENT: "negotiated"}  # ok: PY-API-TLS-OLD-PROTOCOL


def modern_context():
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2  # ok: PY-API-TLS-OLD-PROTOCOL
    return context


def client_context():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # ok: PY-API-TLS-OLD-PROTOCOL


def connect(host):
    with socket.create_connection((host, 443), timeout=5) as sock:
        with modern_context().wrap_socket(sock, server_hostname=host) as tls:  # ok: PY-API-TLS-OLD-PROTOCOL
            return tls.version()
