// marshmallow schemas and pydantic models outside FastAPI, end to end: loaded fields are typed by
// their declarations; a plain string field keeps the client's text.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

const sqlLines = (text: string): number[] =>
  analyzeSources([{ path: 'app.py', source: text }])
    .findings.filter((f) => f.ruleId === 'PY-INJ-SQL' && f.kind === 'vulnerability')
    .map((f) => f.range.start.line)
    .sort((a, b) => a - b);

const HEAD = `import sqlite3
from typing import Literal
from flask import Flask, request
from marshmallow import Schema, fields, validate
from pydantic import BaseModel, Field

app = Flask(__name__)
db = sqlite3.connect("x.db")


class Filter(Schema):
    region = fields.Str(validate=validate.OneOf(["north", "south"]))
    name = fields.Str()
    limit = fields.Int()
    slug = fields.Str(validate=validate.Regexp(r"\\A[a-z0-9-]+\\Z"))
    loose = fields.Str(validate=validate.Regexp(r"[a-z]+"))


class Query(BaseModel):
    sort: Literal["a", "b"] = "a"
    page: int = 1
    term: str = ""
    count: int = Field(default=1, ge=1)
    host: str = Field(pattern=r"^[a-z0-9-]+$")
    part: str = Field(pattern=r"[a-z0-9-]+$")
    note: str = Field(max_length=40)
`;

describe('schema loaders', () => {
  it('cleans marshmallow fields by type and validator, keeps plain strings tainted', () => {
    const body = `

@app.get("/m")
def m():
    d = Filter().load(request.args)
    db.execute(f"SELECT 1 WHERE r = '{d['region']}' AND l = {d['limit']} AND s = '{d['slug']}'")
    db.execute(f"SELECT 1 WHERE n = '{d['name']}'")
    db.execute(f"SELECT 1 WHERE n = '{d['loose']}'")
    return "ok"
`;
    const base = HEAD.split('\n').length + 5;
    expect(sqlLines(HEAD + body)).toEqual([base + 1, base + 2]);
  });
  it('types pydantic models built by model_validate and parse_obj', () => {
    const body = `

@app.get("/p")
def p():
    q = Query.model_validate(request.args.to_dict())
    db.execute(f"SELECT 1 ORDER BY {q.sort} LIMIT {q.page}")
    db.execute(f"SELECT 1 WHERE t = '{q.term}'")
    r = Query.parse_obj(request.json)
    db.execute(f"SELECT 1 WHERE t = '{r.term}'")
    return "ok"
`;
    const base = HEAD.split('\n').length + 5;
    expect(sqlLines(HEAD + body)).toEqual([base + 1, base + 3]);
  });
  it('types pydantic Field(...) declarations by annotation and by a pattern anchored at both ends', () => {
    const body = `

@app.get("/f")
def f():
    q = Query.model_validate(request.get_json())
    db.execute(f"SELECT 1 WHERE c = {q.count} AND h = '{q.host}'")
    db.execute(f"SELECT 1 WHERE p = '{q.part}'")
    db.execute(f"SELECT 1 WHERE n = '{q.note}'")
    return "ok"
`;
    const base = HEAD.split('\n').length + 5;
    expect(sqlLines(HEAD + body)).toEqual([base + 1, base + 2]);
  });
  it('judges the field a helper reads of a model handed to it by its declared type', () => {
    const body = `

def by_sort(params):
    return db.execute(f"SELECT 1 ORDER BY {params.sort} LIMIT {params.page}")


def by_term(params):
    return db.execute(f"SELECT 1 WHERE t = '{params.term}'")


def returned(params):
    return params.sort


@app.get("/h")
def h():
    q = Query(**request.args.to_dict())
    by_sort(q)
    by_term(q)
    db.execute(f"SELECT 1 ORDER BY {returned(q)}")
    return "ok"
`;
    const base = HEAD.split('\n').length + 5;
    // by_term's term is a plain str: only its call (the caller's site) is reported.
    expect(sqlLines(HEAD + body)).toEqual([base + 13]);
  });
});
