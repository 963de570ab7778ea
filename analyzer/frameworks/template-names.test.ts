// The template names a project renders that Assay could not look at: names no template file of
// the repository is (as the framework looks them up), counted once each, and names chosen at run
// time, counted per call; installed packages' templates are not the project's.
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../file-analysis.js';
import type { FileFactsData } from '../taint/facts.js';
import { templateNameNote } from './template-names.js';

function facts(files: Array<[string, string]>): FileFactsData[] {
  return files.map(([path, source]) => analyzeFile(path, source, [], new Set(['django', 'flask'])).facts!);
}

const VIEWS = `from django.shortcuts import render
from django.template.response import TemplateResponse
from django.views.generic import TemplateView

LIST = "shop/list.html"


def found(request):
    return render(request, "shop/detail.html", {})


def missing(request):
    return render(request, "shop/gone.html", {})


def missing_again(request):
    return TemplateResponse(request, "shop/gone.html", {})


def through_constant(request):
    return render(request, LIST, {})


def either(request, flag):
    name = "shop/detail.html" if flag else "shop/other.html"
    return render(request, name, {})


def chosen(request, kind):
    return render(request, "shop/%s.html" % kind, {})


def chosen_param(request, template):
    return render(request, template, {})


def admin_page(request):
    return render(request, "admin/change_list.html", {})


def login(request):
    return render(request, "registration/login.html", {})


def installed(request):
    return render(request, "account/login.html", {})


def plain_text(request):
    return render(request, "shop/robots.txt", {}, content_type="text/plain")


class About(TemplateView):
    template_name = "shop/about.html"
`;

const SETTINGS = `INSTALLED_APPS = ["django.contrib.admin", "allauth.account", "shop"]
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True}]
`;

describe('templateNameNote', () => {
  it('counts each missing name once, names chosen at run time per call, and leaves installed packages out', () => {
    const note = templateNameNote(
      facts([
        ['shop/__init__.py', ''],
        ['shop/views.py', VIEWS],
        ['site/settings.py', SETTINGS],
      ]),
      [
        { path: 'shop/templates/shop/detail.html', text: '<p>{{ x }}</p>' },
        { path: 'shop/templates/shop/list.html', text: '<ul></ul>' },
      ],
    );
    expect(note).toEqual({
      unresolved: 2,
      unresolvedNames: ['shop/about.html', 'shop/gone.html'],
      runtime: 2,
      runtimeSites: ['shop/views.py:30', 'shop/views.py:34'],
    });
  });

  it('resolves through the lookup the project configures: a Jinja2 environment\'s loader, Flask\'s template folder', () => {
    const app = `import jinja2
from flask import Flask, render_template

app = Flask(__name__, template_folder="pages")
env = jinja2.Environment(loader=jinja2.FileSystemLoader("mail"))


def page():
    return render_template("index.html")


def lost():
    return render_template("lost.html")


def mail():
    return env.get_template("welcome.txt.j2").render() + env.get_template("bye.j2").render()


def other(thing):
    return thing.get_template("unrelated.html")
`;
    const note = templateNameNote(facts([['web/app.py', app]]), [
      { path: 'web/pages/index.html', text: '' },
      { path: 'web/mail/welcome.txt.j2', text: '' },
      // In the repository, but not where Flask looks: not found.
      { path: 'web/templates/lost.html', text: '' },
    ]);
    expect(note).toMatchObject({ unresolved: 2, unresolvedNames: ['bye.j2', 'lost.html'], runtime: 0 });
  });

  it('says nothing for a project whose every rendered template is there', () => {
    const note = templateNameNote(facts([['app.py', 'from flask import Flask, render_template\napp = Flask(__name__)\ndef v():\n    return render_template("a.html")\n']]), [
      { path: 'templates/a.html', text: '' },
    ]);
    expect(note).toEqual({ unresolved: 0, unresolvedNames: [], runtime: 0, runtimeSites: [] });
  });
});
