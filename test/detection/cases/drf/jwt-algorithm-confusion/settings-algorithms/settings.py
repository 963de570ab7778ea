from pathlib import Path

JWT_AUTH = {
    "VERIFYING_KEY": Path("/etc/app/jwt/public.pem").read_text(),
    "ALGORITHMS": ["RS256", "HS256"],
}
