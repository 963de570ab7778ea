from fastapi import FastAPI

from .routers import orders

app = FastAPI(title="Orders", debug=True)
app.include_router(orders.router)
