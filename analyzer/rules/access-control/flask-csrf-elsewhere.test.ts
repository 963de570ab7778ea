// PY-FLASK-CSRF-EXEMPT across modules: csrf.exempt(bp) in the app module exempts a blueprint whose
// views live in another package module, and a token-less form of forms.py counts only while no
// CSRFProtect is created anywhere (an app factory's extensions.py included).
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';
import { allRules } from '../index.js';

const views = `from flask import Blueprint, request
from flask_login import current_user, login_required

bp = Blueprint("settings", __name__)


@bp.post("/email")
@login_required
def change_email():
    current_user.email = request.form["email"]
    return "ok"
`;

const appExempting = (what: string) => `from flask import Flask
from flask_wtf.csrf import CSRFProtect

from shop.settings_views import bp as settings_bp
from shop.webhooks import bp as hooks_bp

app = Flask(__name__)
csrf = CSRFProtect(app)
app.register_blueprint(settings_bp)
app.register_blueprint(hooks_bp)
csrf.exempt(${what})
`;

const hooks = `from flask import Blueprint
bp = Blueprint("hooks", __name__)
`;

const forms = `from flask_wtf import FlaskForm
from wtforms import PasswordField


class PasswordForm(FlaskForm):
    class Meta:
        csrf = False

    new_password = PasswordField("New password")


class ProfileForm(FlaskForm):
    nick = PasswordField("Nick")
`;

const passwordView = (form: string) => `from flask import Flask, redirect, render_template
from flask_login import current_user, login_required

from shop.forms import ${form}

app = Flask(__name__)


@app.route("/password", methods=["GET", "POST"])
@login_required
def change_password():
    form = ${form}()
    if form.validate_on_submit():
        current_user.set_password(form.new_password.data)
        return redirect("/")
    return render_template("password.html", form=form)
`;

function csrfFindings(files: Record<string, string>): string[] {
  const { findings } = analyzeSources(Object.entries(files).map(([path, source]) => ({ path, source })), allRules);
  return findings.filter((f) => f.ruleId === 'PY-FLASK-CSRF-EXEMPT').map((f) => `${f.kind} ${f.path}:${f.range.start.line}`);
}

describe('PY-FLASK-CSRF-EXEMPT across modules', () => {
  it('reports the session view of a blueprint another module exempts, not one whose sibling blueprint is exempted', () => {
    const project = { 'shop/__init__.py': '', 'shop/settings_views.py': views, 'shop/webhooks.py': hooks };
    expect(csrfFindings({ ...project, 'shop/app.py': appExempting('settings_bp') })).toEqual(['vulnerability shop/settings_views.py:7']);
    expect(csrfFindings({ ...project, 'shop/app.py': appExempting('hooks_bp') })).toEqual([]);
  });

  it('reports a session write view building a form whose Meta turns CSRF off, unless CSRFProtect is created somewhere', () => {
    const project = { 'shop/__init__.py': '', 'shop/forms.py': forms };
    expect(csrfFindings({ ...project, 'shop/app.py': passwordView('PasswordForm') })).toEqual(['vulnerability shop/app.py:12']);
    expect(csrfFindings({ ...project, 'shop/app.py': passwordView('ProfileForm') })).toEqual([]);
    const extensions = 'from flask_wtf.csrf import CSRFProtect\n\ncsrf = CSRFProtect()\n';
    expect(csrfFindings({ ...project, 'shop/extensions.py': extensions, 'shop/app.py': passwordView('PasswordForm') })).toEqual([]);
  });
});
