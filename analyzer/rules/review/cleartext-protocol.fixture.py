import ftplib
import smtplib

import requests


def upload(user, password):
    ftp = ftplib.FTP("files.example.com")  # hotspot: PY-NET-CLEARTEXT
    ftp.login(user, password)
    secure = ftplib.FTP_TLS("files.example.com")  # ok: PY-NET-CLEARTEXT
    secure.login(user, password)


def notify(msg):
    server = smtplib.SMTP("mail.example.com", 587)  # ok: PY-NET-CLEARTEXT
    server.starttls()
    server.send_message(msg)


def notify_plain(msg):
    server = smtplib.SMTP("mail.example.com", 25)  # hotspot: PY-NET-CLEARTEXT
    server.send_message(msg)


def fetch():
    requests.get("http://api.example.com/items", timeout=5)  # hotspot: PY-NET-CLEARTEXT
    requests.get("https://api.example.com/items", timeout=5)  # ok: PY-NET-CLEARTEXT
    requests.get("http://localhost:8080/health", timeout=5)  # ok: PY-NET-CLEARTEXT
