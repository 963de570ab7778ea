import sqlite3

import graphene


class Book(graphene.ObjectType):
    id = graphene.Int()
    title = graphene.String()


class Query(graphene.ObjectType):
    book = graphene.Field(Book, id=graphene.Int(required=True))

    def resolve_book(root, info, id):
        row = sqlite3.connect("library.db").execute(f"SELECT id, title FROM books WHERE id = {id}").fetchone()
        return Book(id=row[0], title=row[1]) if row else None


schema = graphene.Schema(query=Query)
