ALLOWED_TAGS = ["b", "i", "em", "strong", "code"]


def clean_comment(text: str) -> str:
    return " ".join(text.strip().split())
