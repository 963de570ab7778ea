import requests

PARTNER_BASE = {
    "dhl": "https://api.dhl.example/track/",
    "ups": "https://api.ups.example/track/",
}


def tracking_status(partner, number):
    base = PARTNER_BASE[partner]
    return requests.get(base + str(int(number)), timeout=5).json()
