from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/echo", response_class=PlainTextResponse)
def echo(msg: str = ""):
    return PlainTextResponse(f"<b>you said:</b> {msg}")
