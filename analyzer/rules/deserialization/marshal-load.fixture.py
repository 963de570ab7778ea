import json
import marshal
from marshal import loads as marshal_loads


def load_plugin(path):
    with open(path, "rb") as fh:
        return marshal.load(fh)  # expect: PY-DESER-MARSHAL


def decode_job(blob):
    return marshal_loads(blob)  # expect: PY-DESER-MARSHAL


def save_cache(data, fh):
    marshal.dump(data, fh)  # ok: PY-DESER-MARSHAL


def decode_job_json(blob):
    return json.loads(blob)  # ok: PY-DESER-MARSHAL
