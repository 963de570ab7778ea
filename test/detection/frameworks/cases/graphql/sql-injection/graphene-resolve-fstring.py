import sqlite3

import graphene


class Book(graphene.ObjectType):
    id = graphene.Int()
    title = graphene.String()
    author = graphene.String()


class Query(graphene.ObjectType):
    books_by_author = graphene.List(Book, author=graphene.String(required=True))

    def resolve_books_by_author(root, info, author):
        db = sqlite3.connect("library.db")
        rows = db.execute(f"SELECT id, title, author FROM books WHERE author = '{author}'").fetchall()
        return [Book(id=i, title=t, author=a) for i, t, a in rows]


schema = graphene.Schema(query=Query)
