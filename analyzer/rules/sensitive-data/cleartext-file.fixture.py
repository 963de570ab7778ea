import csv
import json

import bcrypt


def save_user(username, password):
    with open("users.txt", "a") as f:
        f.write(f"{username}:{password}\n")  # expect: PY-DATA-CLEARTEXT-FILE
        f.write(f"{username}:{bcrypt.hashpw(password.encode(), bcrypt.gensalt())}\n")  # ok: PY-DATA-CLEARTEXT-FILE
        f.write(f"{username}\n")  # ok: PY-DATA-CLEARTEXT-FILE


def export(rows):
    with open("cards.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        for row in rows:
            writer.writerow([row.name, row.card_number])  # expect: PY-DATA-CLEARTEXT-FILE
            writer.writerow([row.name, row.card_number[-4:]])  # ok: PY-DATA-CLEARTEXT-FILE


def save_config(api_key):
    with open("config.json", "w") as out:
        json.dump({"api_key": api_key}, out)  # expect: PY-DATA-CLEARTEXT-FILE
        json.dump({"region": "eu"}, out)  # ok: PY-DATA-CLEARTEXT-FILE


def respond(response, password):
    response.write(password)  # ok: PY-DATA-CLEARTEXT-FILE


def save_users(users_list, path):
    users = {}
    for u in users_list:
        users[u.name] = {"password": u.password}
    with open(path, "w") as fp:
        json.dump(users, fp)  # expect: PY-DATA-CLEARTEXT-FILE
    with open(path + ".csv", "w") as fp2:
        csv.writer(fp2).writerow([users_list[0].name, users_list[0].password])  # expect: PY-DATA-CLEARTEXT-FILE


def store_upload(request, name):
    # The raw body is the document the client sent: its content, no evidence of a secret.
    with open(name, "wb") as fh:
        fh.write(request.get_data())  # ok: PY-DATA-CLEARTEXT-FILE


def keep_signup(request):
    with open("signups.json", "a") as fh:
        json.dump(request.form, fh)  # expect: PY-DATA-CLEARTEXT-FILE
