from fastapi import Response


def remember_client(response: Response, client_id: str, client_secret: str) -> None:
    response.set_cookie("console_client", client_id, secure=True, httponly=True, samesite="strict")
