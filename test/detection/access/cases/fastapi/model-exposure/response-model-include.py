from fastapi import Depends, FastAPI, HTTPException
from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session

from .db import get_db
from .models import Article

app = FastAPI()


class ArticleFull(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    title: str
    body: str
    editor_notes: str
    embargo_until: str | None


@app.get("/articles/{article_id}", response_model=ArticleFull, response_model_include={"id", "title", "body"})
def read_article(article_id: int, db: Session = Depends(get_db)):
    article = db.get(Article, article_id)
    if article is None:
        raise HTTPException(status_code=404)
    return article
