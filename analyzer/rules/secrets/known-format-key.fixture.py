import boto3
import stripe
from slack_sdk import WebClient

stripe.api_key = "sk_live_aF1LlqsajAIxNKu8iS2G8NPR"  # expect: PY-SECRET-KNOWN-FORMAT
STRIPE_TEST_KEY = "sk_test_VdD53X83RZJzzzzgEOzdmenC"  # ok: PY-SECRET-KNOWN-FORMAT
slack = WebClient(token="xoxb-497465075291-7034236671276-Jr4i0B3JrTAwR4y9ojfljoQo")  # expect: PY-SECRET-KNOWN-FORMAT
GOOGLE_MAPS = "AIzauoRgnatmUdjAWtGSU8po_799NksnRH9ucAU"  # expect: PY-SECRET-KNOWN-FORMAT
DOCS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # ok: PY-SECRET-KNOWN-FORMAT
BACKUP_KEY_ID = "AKIA4QZ7R2M5XK3TN8VB"  # expect: PY-SECRET-KNOWN-FORMAT
SERVICE_JWT = "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.eyJzdWIiOiAiMTA0MiIsICJuYW1lIjogInN2Yy1yZXBvcnRpbmciLCAiaWF0IjogMTcxNjIzOTAyMn0.sdMlHUvTCQCyEZDz-TddJ8HyS5SUkCnD8zRA9a9SkpX"  # expect: PY-SECRET-KNOWN-FORMAT
GITHUB_TOKEN_PREFIX = "ghp_"  # ok: PY-SECRET-KNOWN-FORMAT
STRIPE_KEY_FORMAT_HINT = "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"  # ok: PY-SECRET-KNOWN-FORMAT
JWT_IO_SAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"  # ok: PY-SECRET-KNOWN-FORMAT


def s3():
    return boto3.client(
        "s3",
        aws_access_key_id="AKIAUJZDEGXDNCF32EPF",  # expect: PY-SECRET-KNOWN-FORMAT
        aws_secret_access_key=settings_secret(),
    )


def settings_secret():
    headers = {"Authorization": "token ghp_JBd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLK"}  # expect: PY-SECRET-KNOWN-FORMAT
    return headers


def describe_keys():
    """GitHub tokens start with ghp_, fine-grained ones with github_pat_."""  # ok: PY-SECRET-KNOWN-FORMAT
    return "AKIA" + "X" * 16  # ok: PY-SECRET-KNOWN-FORMAT
