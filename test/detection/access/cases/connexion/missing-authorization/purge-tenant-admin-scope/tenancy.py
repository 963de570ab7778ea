from tenancy_store import tenants


def me(user):
    return {"sub": user}


def purge_tenant(tenant_id, user):
    tenants.purge(tenant_id, requested_by=user)
    return None, 204
