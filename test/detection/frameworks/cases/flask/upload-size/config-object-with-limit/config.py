import os


class ProductionConfig:
    SECRET_KEY = os.environ["SECRET_KEY"]
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"
    MAX_CONTENT_LENGTH = 32 * 1024 * 1024
