import os

JWT_KEY = os.environ.get("JWT_PUBLIC_KEY") or os.environ["JWT_SECRET"]
JWT_ALGORITHMS = os.environ.get("JWT_ALGORITHMS", "HS256,RS256").split(",")
