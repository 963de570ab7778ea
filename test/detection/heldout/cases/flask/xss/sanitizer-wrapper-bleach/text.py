import bleach

ALLOWED_TAGS = ["b", "i", "em", "strong", "code"]


def clean_comment(text: str) -> str:
    return bleach.clean(text.strip(), tags=ALLOWED_TAGS, strip=True)
