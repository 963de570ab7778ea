import yaml
import yaml as y
from yaml import load, SafeLoader, Loader

def read(request):
    a = yaml.load(request.body)  # expect: PY-DESER-YAML
    b = yaml.load(request.body, Loader=yaml.Loader)  # expect: PY-DESER-YAML
    c = y.unsafe_load(request.body)  # expect: PY-DESER-YAML
    d = load(request.body, Loader)  # expect: PY-DESER-YAML
    e = yaml.full_load(request.body)  # expect: PY-DESER-YAML
    f = yaml.load(request.body, Loader=yaml.SafeLoader)  # ok: PY-DESER-YAML
    g = load(request.body, SafeLoader)  # ok: PY-DESER-YAML
    h = yaml.safe_load(request.body)  # ok: PY-DESER-YAML
    i = yaml.load(request.body, Loader=y.CSafeLoader)  # ok: PY-DESER-YAML
    j = yaml.load(request.body)  # nosec B506 -- trusted file shipped with the app
    return a, b, c, d, e, f, g, h, i, j

class Config:
    def load(self, text):
        return self.load(text)  # ok: PY-DESER-YAML
