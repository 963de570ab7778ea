REMEMBER_AGE = 60 * 60 * 24 * 14


def remember_login(response, username: str, password: str) -> None:
    response.set_cookie("rm_u", username, max_age=REMEMBER_AGE, httponly=True)
    response.set_cookie("rm_p", password, max_age=REMEMBER_AGE, httponly=True)
