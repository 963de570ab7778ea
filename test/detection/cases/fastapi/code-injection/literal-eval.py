import ast

from fastapi import FastAPI, HTTPException

app = FastAPI()


@app.get("/bins/parse")
def parse_bins(spec: str = "[]"):
    try:
        value = ast.literal_eval(spec)
    except (ValueError, SyntaxError):
        raise HTTPException(400, "invalid literal")
    return {"bins": [str(v) for v in value]}
