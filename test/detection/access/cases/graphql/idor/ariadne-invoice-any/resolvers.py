from ariadne import MutationType, QueryType
from graphql import GraphQLError

from billing.db import Session
from billing.models import Invoice

query = QueryType()
mutation = MutationType()


def current_user(info):
    user = info.context["request"].user
    if not user.is_authenticated:
        raise GraphQLError("authentication required")
    return user


@query.field("myInvoices")
def resolve_my_invoices(_, info):
    user = current_user(info)
    with Session() as db:
        return db.query(Invoice).filter(Invoice.account_id == user.account_id).all()


@query.field("invoice")
def resolve_invoice(_, info, id):
    user = current_user(info)
    with Session() as db:
        invoice = db.get(Invoice, int(id))
        if invoice is None:
            raise GraphQLError("not found")
        return invoice
