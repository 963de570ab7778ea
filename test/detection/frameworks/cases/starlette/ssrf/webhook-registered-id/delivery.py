import requests


def send_test_event(target):
    resp = requests.post(target, json={"event": "ping"}, timeout=5)
    return resp.status_code
