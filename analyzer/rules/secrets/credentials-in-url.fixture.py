import os

import dj_database_url
import redis
from sqlalchemy import create_engine

DATABASES = {"default": dj_database_url.config(default="postgres://shop:Pg-Pr0d-2024@db.internal:5432/shop")}  # expect: PY-SECRET-URL-CREDENTIALS
DEV_DATABASE_URL = "postgres://shop:devpass@localhost:5432/shop"  # expect: PY-SECRET-URL-CREDENTIALS
CACHE_URL = "redis://:R3disAuth!@cache.internal:6379/0"  # expect: PY-SECRET-URL-CREDENTIALS
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "amqp://guest@localhost//")  # ok: PY-SECRET-URL-CREDENTIALS
EXAMPLE_URL = "postgres://USER:PASSWORD@HOST:PORT/NAME"  # ok: PY-SECRET-URL-CREDENTIALS
TEMPLATE_URL = "mysql://app:${MYSQL_PASSWORD}@mysql:3306/app"  # ok: PY-SECRET-URL-CREDENTIALS
DOCS_URL = "https://docs.djangoproject.com/en/5.0/ref/settings/#databases"  # ok: PY-SECRET-URL-CREDENTIALS


def reporting_engine(url):
    """Build the reporting engine, e.g. from "postgresql://report:s3cret@reports.internal/reports"."""  # ok: PY-SECRET-URL-CREDENTIALS
    return create_engine(url)


def engine(user, password, host):
    return create_engine(f"postgresql+psycopg://{user}:{password}@{host}/reports")  # ok: PY-SECRET-URL-CREDENTIALS


def legacy_engine(host):
    return create_engine(f"mysql+pymysql://reports:Rep0rts!x@{host}/reports")  # expect: PY-SECRET-URL-CREDENTIALS


def cache():
    return redis.Redis.from_url(os.environ["REDIS_URL"])  # ok: PY-SECRET-URL-CREDENTIALS
