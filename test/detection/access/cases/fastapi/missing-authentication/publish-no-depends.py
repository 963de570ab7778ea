from fastapi import Depends, FastAPI, HTTPException
from sqlalchemy.orm import Session

from .auth import get_current_user
from .db import get_db
from .models import Article, User

app = FastAPI()


@app.get("/articles/drafts")
def my_drafts(user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    return db.query(Article).filter(Article.author_id == user.id, Article.published.is_(False)).all()


@app.post("/articles")
def create_article(title: str, user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    article = Article(title=title, author_id=user.id)
    db.add(article)
    db.commit()
    return {"id": article.id}


@app.post("/articles/{article_id}/publish")
def publish_article(article_id: int, db: Session = Depends(get_db)):
    article = db.get(Article, article_id)
    if article is None:
        raise HTTPException(status_code=404)
    article.published = True
    db.commit()
    return {"published": article_id}
