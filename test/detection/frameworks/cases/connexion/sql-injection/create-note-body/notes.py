from sqlalchemy import create_engine, text

engine = create_engine("sqlite:///notes.db")


def create(body):
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO notes (title, text) VALUES ('%s', '%s')" % (body["title"], body["text"])))
    return {"title": body["title"]}, 201
