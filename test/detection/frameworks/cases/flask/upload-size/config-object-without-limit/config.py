import os


class ProductionConfig:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
