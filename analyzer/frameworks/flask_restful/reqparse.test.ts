import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../../analyze-source.js';

const app = (decl: string, use: string) => `import sqlite3
from flask import Flask
from flask_restful import Api, Resource, reqparse, inputs

app = Flask(__name__)
api = Api(app)
parser = reqparse.RequestParser()
${decl}


class Stores(Resource):
    def get(self):
        args = parser.parse_args()
        return sqlite3.connect("s.db").execute(f"SELECT 1 FROM s WHERE x = {${use}}").fetchall()


api.add_resource(Stores, "/stores")
`;

const sql = (decl: string, use = "args['x']") => analyzeSources([{ path: 'app.py', source: app(decl, use) }]).findings.filter((f) => f.ruleId === 'PY-INJ-SQL' && f.kind === 'vulnerability');

describe('reqparse arguments', () => {
  it('are neutral for injection when typed as numbers, inputs.* converters or constant choices', () => {
    expect(sql('parser.add_argument("x", type=int)')).toEqual([]);
    expect(sql('parser.add_argument("x", type=inputs.natural)')).toEqual([]);
    expect(sql('parser.add_argument("x", choices=("a", "b"))', 'args.x')).toEqual([]);
    expect(sql('parser.add_argument("y", dest="x", type=float)')).toEqual([]);
  });

  it('stay client data when typed as str, untyped, or another field is read', () => {
    expect(sql('parser.add_argument("x", type=str)')).toHaveLength(1);
    expect(sql('parser.add_argument("x")')).toHaveLength(1);
    expect(sql('parser.add_argument("x", type=int)\nparser.add_argument("z")', "args['z']")).toHaveLength(1);
  });
});
