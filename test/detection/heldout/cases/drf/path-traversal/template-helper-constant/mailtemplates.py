import os

TEMPLATE_DIR = "/srv/app/mail_templates"


def read_template(name: str) -> str:
    with open(os.path.join(TEMPLATE_DIR, name), encoding="utf-8") as fh:
        return fh.read()
