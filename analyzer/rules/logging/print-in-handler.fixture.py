from flask import Flask

app = Flask(__name__)


@app.route("/pay", methods=["POST"])
def pay():
    try:
        charge()
    except Exception as error:
        print(f"Error: {error}")  # hotspot: PY-LOG-PRINT-IN-HANDLER
    return "ok"


def charge():
    print("charging")  # ok: PY-LOG-PRINT-IN-HANDLER


if __name__ == "__main__":
    print("starting")  # ok: PY-LOG-PRINT-IN-HANDLER
