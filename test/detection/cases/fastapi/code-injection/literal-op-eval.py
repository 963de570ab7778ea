from typing import Literal

from fastapi import FastAPI

app = FastAPI()


@app.get("/calc")
def calc(a: int, b: int, op: Literal["+", "-", "*"] = "+"):
    return {"result": eval(f"{a} {op} {b}")}
