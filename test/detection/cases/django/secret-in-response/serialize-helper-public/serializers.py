def integration_to_dict(integration) -> dict:
    return {
        "id": integration.pk,
        "name": integration.name,
        "endpoint": integration.endpoint,
        "api_secret_set": bool(integration.api_secret),
        "created": integration.created.isoformat(),
    }
