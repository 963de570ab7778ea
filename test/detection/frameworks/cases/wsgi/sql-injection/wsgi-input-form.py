from urllib.parse import parse_qs

import psycopg2

conn = psycopg2.connect("dbname=crm")


def app(environ, start_response):
    if environ["REQUEST_METHOD"] != "POST":
        start_response("405 Method Not Allowed", [("Allow", "POST")])
        return [b""]
    size = int(environ.get("CONTENT_LENGTH") or 0)
    form = parse_qs(environ["wsgi.input"].read(size).decode())
    email = form.get("email", [""])[0]
    with conn.cursor() as cur:
        cur.execute("DELETE FROM mailing_list WHERE email = '" + email + "'")
    conn.commit()
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"unsubscribed"]
