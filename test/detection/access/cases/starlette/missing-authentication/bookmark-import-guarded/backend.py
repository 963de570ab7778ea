from starlette.authentication import AuthCredentials, AuthenticationBackend, SimpleUser

from bookmarks.db import sessions


class SessionCookieBackend(AuthenticationBackend):
    async def authenticate(self, conn):
        sid = conn.cookies.get("sid")
        if not sid:
            return None
        username = await sessions.username_for(sid)
        if username is None:
            return None
        return AuthCredentials(["authenticated"]), SimpleUser(username)
