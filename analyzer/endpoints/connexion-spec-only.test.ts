// A connexion project served by `connexion run openapi.yaml` has no Python file that imports
// connexion: its spec's own x-…InfoFunc extensions say which framework reads it.
import { describe, expect, it } from 'vitest';
import { analyzeSources } from '../analyze-source.js';

const SPEC = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /me:
    get:
      operationId: api.me
      security: [{oauth2: [profile]}]
      responses: {"200": {description: ok}}
  /admin/tenants/{tid}:
    delete:
      operationId: api.purge
      security: [{oauth2: ["admin:tenants"]}]
      parameters: [{name: tid, in: path, required: true, schema: {type: string}}]
      responses: {"204": {description: gone}}
components:
  securitySchemes:
    oauth2:
      type: oauth2
      x-tokenInfoFunc: auth.token_info
      flows: {clientCredentials: {tokenUrl: "https://sso/token", scopes: {profile: p, "admin:tenants": a}}}
`;
const API = 'def me(user):\n    return {"sub": user}\n\n\ndef purge(tid, user):\n    return None, 204\n';

describe('connexion from its spec alone', () => {
  it('lists the operations of a spec naming connexion extensions, with OpenID profile scopes as no authorization', () => {
    const inv = analyzeSources([{ path: 'api.py', source: API }, { path: 'openapi.yaml', source: SPEC }], []).endpoints;
    expect(inv.map((e) => `${e.methods.join(',')} ${e.path} ${e.authentication} ${e.authorization.map((a) => a.name).join(';')}`)).toEqual([
      'DELETE /admin/tenants/{tid} required oauth2 scopes: admin:tenants',
      'GET /me required ',
    ]);
  });

  it('reads no plain OpenAPI document (a FastAPI export) as connexion', () => {
    const plain = SPEC.replace('x-tokenInfoFunc: auth.token_info', 'bearerFormat: JWT');
    expect(analyzeSources([{ path: 'api.py', source: API }, { path: 'openapi.yaml', source: plain }], []).endpoints).toEqual([]);
  });
});
