def download_headers(title: str) -> dict[str, str]:
    name = title.strip().replace('"', "'")[:120] or "report"
    return {
        "Content-Disposition": f'attachment; filename="{name}.pdf"',
        "Cache-Control": "no-store",
    }
