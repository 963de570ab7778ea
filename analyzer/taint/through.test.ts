// Rules that follow calls into helpers in other modules, end to end: each flaw sits in a helper the
// handler's file cannot see, and a safe twin's helper does the right thing.
import { describe, expect, it } from 'vitest';
import { analyzeSources, type SourceFile } from '../analyze-source.js';

function found(files: SourceFile[], ruleId: string): string[] {
  return analyzeSources(files)
    .findings.filter((f) => f.ruleId === ruleId && f.kind === 'vulnerability')
    .map((f) => `${f.path}:${f.range.start.line}`);
}

const LOGIN = `from flask import Flask, request, jsonify
from flask_jwt_extended import create_access_token
from accounts import authenticate

app = Flask(__name__)


@app.post("/login")
def login():
    user = authenticate(request.json["username"], request.json["password"])
    if user is None:
        return jsonify(error="bad login"), 401
    return jsonify(token=create_access_token(identity=user.id))
`;

describe('rules through helpers', () => {
  it('a login whose authenticate() helper never reads the password', () => {
    const ignores = 'from models import User\n\n\ndef authenticate(username, password):\n    return User.query.filter_by(username=username).first()\n';
    const checks = 'from models import User\n\n\ndef authenticate(username, password):\n    u = User.query.filter_by(username=username).first()\n    return u if u and u.check_password(password) else None\n';
    expect(found([{ path: 'web/app.py', source: LOGIN }, { path: 'web/accounts.py', source: ignores }], 'PY-AUTH-LOGIN-NO-CHECK')).toEqual(['web/app.py:10']);
    expect(found([{ path: 'web/app.py', source: LOGIN }, { path: 'web/accounts.py', source: checks }], 'PY-AUTH-LOGIN-NO-CHECK')).toEqual([]);
  });

  it('an exception handed to an error helper that puts it in the response', () => {
    const view = `from django.http import JsonResponse
from .errors import error_response


def pay(request):
    try:
        charge(request.POST["amount"])
    except Exception as exc:
        return error_response(exc)
    return JsonResponse({"ok": True})
`;
    const shows = 'from django.http import JsonResponse\n\n\ndef error_response(exc):\n    return JsonResponse({"error": str(exc)}, status=500)\n';
    const hides = 'import logging\nfrom django.http import JsonResponse\n\n\ndef error_response(exc):\n    logging.exception("failed")\n    return JsonResponse({"error": "internal error"}, status=500)\n';
    expect(found([{ path: 'shop/views.py', source: view }, { path: 'shop/errors.py', source: shows }], 'PY-DATA-ERROR-DETAILS')).toEqual(['shop/views.py:9']);
    expect(found([{ path: 'shop/views.py', source: view }, { path: 'shop/errors.py', source: hides }], 'PY-DATA-ERROR-DETAILS')).toEqual([]);
  });

  it('a JWT algorithms list defined in a config module', () => {
    const app = 'import jwt\nfrom flask import Flask, request\nimport config\n\napp = Flask(__name__)\n\n\n@app.get("/me")\ndef me():\n    return jwt.decode(request.cookies["t"], config.KEY, algorithms=config.ALGORITHMS)\n';
    const mixed = 'KEY = open("/etc/key.pem").read()\nALGORITHMS = ["RS256", "HS256"]\n';
    const single = 'KEY = open("/etc/key.pem").read()\nALGORITHMS = ["RS256"]\n';
    expect(found([{ path: 'app.py', source: app }, { path: 'config.py', source: mixed }], 'PY-JWT-ALGORITHM-MIX')).toEqual(['app.py:10']);
    expect(found([{ path: 'app.py', source: app }, { path: 'config.py', source: single }], 'PY-JWT-ALGORITHM-MIX')).toEqual([]);
  });
});
