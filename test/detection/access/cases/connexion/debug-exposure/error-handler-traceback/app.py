import traceback

import connexion

app = connexion.App(__name__, specification_dir=".")
app.add_api("openapi.yaml")


def internal_error(exception):
    return {"title": "Internal Server Error", "status": 500, "detail": traceback.format_exc()}, 500


app.add_error_handler(Exception, internal_error)

if __name__ == "__main__":
    app.run(port=8080)
