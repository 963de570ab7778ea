from aiohttp_security.abc import AbstractAuthorizationPolicy

from flags import users


class DbAuthorizationPolicy(AbstractAuthorizationPolicy):
    async def authorized_userid(self, identity):
        user = await users.by_login(identity)
        return user.id if user and user.active else None

    async def permits(self, identity, permission, context=None):
        user = await users.by_login(identity)
        return user is not None and permission in user.permissions
