import jinja2
from jinja2 import Environment, FileSystemLoader, PackageLoader, select_autoescape
from jinja2.sandbox import SandboxedEnvironment

ENV_OPTIONS = {"autoescape": True, "trim_blocks": True}

pages = Environment(loader=FileSystemLoader("templates"))  # expect: PY-API-JINJA2-AUTOESCAPE
reports = jinja2.Environment(loader=PackageLoader("shop", "reports"), autoescape=False)  # expect: PY-API-JINJA2-AUTOESCAPE
user_snippets = SandboxedEnvironment()  # expect: PY-API-JINJA2-AUTOESCAPE

safe_pages = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))  # ok: PY-API-JINJA2-AUTOESCAPE
emails = Environment(loader=FileSystemLoader("emails"), autoescape=True)  # ok: PY-API-JINJA2-AUTOESCAPE
configured = Environment(loader=FileSystemLoader("templates"), **ENV_OPTIONS)  # ok: PY-API-JINJA2-AUTOESCAPE
