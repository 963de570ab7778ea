import bottle

import routes  # noqa: F401  registers the routes on the default app

application = bottle.default_app()
