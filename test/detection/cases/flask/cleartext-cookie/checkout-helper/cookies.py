def stash_card(response, number: str, expiry: str) -> None:
    response.set_cookie("co_card", f"{number}|{expiry}", max_age=900, secure=True, httponly=True)
