from bottle import Bottle, static_file

app = Bottle()


@app.get("/static/<filepath:path>")
def static(filepath):
    return static_file(filepath, root="/srv/static")
