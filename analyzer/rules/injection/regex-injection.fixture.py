import re

from fastapi import FastAPI

app = FastAPI()
WORDS = ["alpha", "beta"]


@app.get("/search")
def search(q: str, limit: int = 10):
    a = [w for w in WORDS if re.search(q, w)]  # expect: PY-INJ-REGEX
    b = [w for w in WORDS if re.search(re.escape(q), w)]  # ok: PY-INJ-REGEX
    c = [w for w in WORDS if re.match(r"^[a-z]+$", q)]  # ok: PY-INJ-REGEX
    return {"a": a[:limit], "b": b, "c": c}


@app.get("/filters/check")
def check_filter(pattern: str):
    # Only a validity check: the compiled pattern is thrown away, nothing is matched here.
    try:
        re.compile(pattern)  # hotspot: PY-INJ-REGEX
    except re.error:
        return {"valid": False}
    matcher = re.compile(pattern)  # expect: PY-INJ-REGEX
    return {"valid": True, "hits": [w for w in WORDS if matcher.search(w)]}
