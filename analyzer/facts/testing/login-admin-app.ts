// The Flask app both logging-evidence tests read: a login that logs its failure and its success, and
// an admin page that logs a denial. `imports` go between `import logging` and Flask's import; `rest`
// follows the two routes (more handlers, helpers), so each test pins its own line numbers.
export function loginAdminApp(imports = '', rest = ''): string {
  return `import logging
${imports}from flask import Flask, abort, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    if not check(request.form["password"]):
        log.warning("failed login for %s", request.form["username"])
        abort(401)
    log.info("login ok")
    return "ok"


@app.route("/admin")
def admin():
    if not is_admin():
        log.warning("denied /admin")
        abort(403)
    return "admin"
${rest}`;
}
