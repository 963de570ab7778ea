import pytest
from werkzeug.security import generate_password_hash

from app import app as flask_app

TEST_ADMIN_PASSWORD = "fixture-admin-pass-91"


@pytest.fixture
def client():
    flask_app.config.update(
        TESTING=True,
        SECRET_KEY="test-only-secret-key",
        ADMIN_PASSWORD_HASH=generate_password_hash(TEST_ADMIN_PASSWORD),
    )
    with flask_app.test_client() as c:
        yield c
