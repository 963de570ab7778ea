from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

SERVER = Server("ldaps://ldap.shop.example")


def group_filter(group):
    return "(&(objectClass=groupOfNames)(cn=%s))" % escape_filter_chars(group)


def find_group(group):
    with Connection(SERVER, auto_bind=True) as conn:
        conn.search("ou=groups,dc=shop,dc=example", group_filter(group), attributes=["member"])
        return [str(e.member) for e in conn.entries]
