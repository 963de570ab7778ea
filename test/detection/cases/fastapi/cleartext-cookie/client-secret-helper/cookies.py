from fastapi import Response


def remember_client(response: Response, client_id: str, client_secret: str) -> None:
    response.set_cookie("console_client", f"{client_id}:{client_secret}", secure=True, httponly=True, samesite="strict")
