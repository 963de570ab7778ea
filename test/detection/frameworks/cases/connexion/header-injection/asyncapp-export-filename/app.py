from pathlib import Path

from connexion import AsyncApp

app = AsyncApp(__name__, specification_dir=Path(__file__).parent)
app.add_api("openapi.yaml")

if __name__ == "__main__":
    app.run(port=8080)
