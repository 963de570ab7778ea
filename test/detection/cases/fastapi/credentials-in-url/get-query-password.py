from fastapi import FastAPI, HTTPException

from .auth import authenticate, create_token

app = FastAPI()


@app.get("/login")
def login(username: str, password: str):
    user = authenticate(username, password)
    if user is None:
        raise HTTPException(status_code=401, detail="Invalid credentials")
    return {"access_token": create_token(user), "token_type": "bearer"}
