import uuid

from fastapi import FastAPI, Request

app = FastAPI()


@app.middleware("http")
async def trace_header(request: Request, call_next):
    trace = request.query_params.get("trace") or uuid.uuid4().hex
    response = await call_next(request)
    response.headers["X-Trace-Id"] = trace
    return response


@app.get("/orders")
async def orders():
    return {"orders": []}
