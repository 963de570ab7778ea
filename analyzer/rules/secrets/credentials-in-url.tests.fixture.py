# assay-fixture: path=tests/conftest.py
import pytest
from sqlalchemy import create_engine

TEST_DATABASE_URL = "postgresql://shop:shop-test-pw@localhost:5432/shop_test"  # ok: PY-SECRET-URL-CREDENTIALS
API_TOKEN = "5b2f0a9d8c7e6f1a3b4c2d9e8f7a6b5c"  # ok: PY-SECRET-TOKEN


@pytest.fixture
def engine():
    return create_engine(TEST_DATABASE_URL)  # ok: PY-SECRET-URL-CREDENTIALS
