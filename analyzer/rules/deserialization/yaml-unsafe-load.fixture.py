import yaml
import yaml as y
from yaml import load, SafeLoader, Loader


def load_settings(path):
    with open(path) as fh:
        text = fh.read()
    a = yaml.load(text)  # expect: PY-DESER-YAML
    b = yaml.load(text, Loader=yaml.Loader)  # expect: PY-DESER-YAML
    c = y.unsafe_load(text)  # expect: PY-DESER-YAML
    d = load(text, Loader)  # expect: PY-DESER-YAML
    e = yaml.full_load(text)  # expect: PY-DESER-YAML
    f = yaml.load(text, Loader=yaml.SafeLoader)  # ok: PY-DESER-YAML
    g = load(text, SafeLoader)  # ok: PY-DESER-YAML
    h = yaml.safe_load(text)  # ok: PY-DESER-YAML
    i = yaml.load(text, Loader=y.CSafeLoader)  # ok: PY-DESER-YAML
    j = yaml.load(text)  # nosec B506 -- trusted file shipped with the app
    return a, b, c, d, e, f, g, h, i, j


def import_profile(request):
    # Request data reaching the loader is the taint rule's finding, with its trace; not reported twice.
    return yaml.load(request.body, Loader=yaml.Loader)  # expect: PY-INJ-DESER  # ok: PY-DESER-YAML


class Config:
    def load(self, text):
        return self.load(text)  # ok: PY-DESER-YAML
