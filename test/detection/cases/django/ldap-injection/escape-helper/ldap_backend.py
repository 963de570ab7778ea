import ldap
from django.conf import settings
from ldap.filter import escape_filter_chars


def find_user_dn(username):
    conn = ldap.initialize(settings.LDAP_URL)
    conn.simple_bind_s(settings.LDAP_BIND_DN, settings.LDAP_BIND_PASSWORD)
    flt = f"(&(objectClass=person)(sAMAccountName={escape_filter_chars(username)}))"
    result = conn.search_s(settings.LDAP_BASE_DN, ldap.SCOPE_SUBTREE, flt, ["dn"])
    return result[0][0] if result else None
