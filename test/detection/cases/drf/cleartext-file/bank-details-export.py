import json
from pathlib import Path

from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response

from .models import Payee

OUTBOX = Path("/srv/payouts/outbox")


@api_view(["POST"])
@permission_classes([IsAdminUser])
def queue_payout_file(request):
    payees = Payee.objects.filter(pk__in=request.data.get("payees", []))
    rows = [{"name": p.name, "iban": p.iban, "account_password": p.bank_portal_password} for p in payees]
    (OUTBOX / "payees.json").write_text(json.dumps(rows))
    return Response({"queued": len(rows)})
