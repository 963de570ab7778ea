from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key="change-me-in-env", https_only=True)


@app.get("/select-warehouse")
def select_warehouse(request: Request, warehouse: str):
    request.session["warehouse"] = warehouse
    return {"warehouse": warehouse}
