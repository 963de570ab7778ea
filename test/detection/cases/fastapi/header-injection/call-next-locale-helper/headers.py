def apply_content_language(response, lang):
    response.headers["Content-Language"] = lang
    response.headers["Vary"] = "Accept-Language, Cookie"
