def integration_to_dict(integration) -> dict:
    return {
        "id": integration.pk,
        "name": integration.name,
        "endpoint": integration.endpoint,
        "api_secret": integration.api_secret,
        "created": integration.created.isoformat(),
    }
