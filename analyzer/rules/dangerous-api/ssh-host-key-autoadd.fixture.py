import paramiko
from paramiko import AutoAddPolicy, RejectPolicy


def upload_report(host, path):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # expect: PY-API-SSH-HOST-KEY
    client.connect(host, username="reports", key_filename="/run/secrets/reports_key")
    client.open_sftp().put(path, "/incoming/report.csv")


def sync_stock(host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(AutoAddPolicy)  # expect: PY-API-SSH-HOST-KEY
    client.connect(host, username="stock")


def upload_report_verified(host, path):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(RejectPolicy())  # ok: PY-API-SSH-HOST-KEY
    client.connect(host, username="reports", key_filename="/run/secrets/reports_key")
    client.open_sftp().put(path, "/incoming/report.csv")
