# assay-fixture: path=tests/test_github_client.py
from shop.integrations.github import GitHubClient


def test_client_sends_token(requests_mock):
    client = GitHubClient(token="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")  # hotspot: PY-SECRET-KNOWN-FORMAT
    client.repos()
    assert requests_mock.last_request.headers["Authorization"].startswith("Bearer ")  # ok: PY-SECRET-KNOWN-FORMAT
