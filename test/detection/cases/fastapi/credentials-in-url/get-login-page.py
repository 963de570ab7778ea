from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()

LOGIN_FORM = """<!doctype html>
<form method="post" action="/login">
  <input name="username" autocomplete="username">
  <input name="password" type="password" autocomplete="current-password">
  <button>Sign in</button>
</form>"""


@app.get("/login", response_class=HTMLResponse)
def login_page(password_expired: bool = False):
    notice = "<p>Your password has expired; sign in to choose a new one.</p>" if password_expired else ""
    return notice + LOGIN_FORM
