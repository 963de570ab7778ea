from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/pipelines/validate")
async def validate(request: Request):
    import yaml
    from yaml import SafeLoader as Loader

    spec = yaml.load(await request.body(), Loader=Loader)
    return {"stages": list(spec.get("stages", []))}
