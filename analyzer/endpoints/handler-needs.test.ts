// The cheap tests in front of handler-checks' slow regexps must let through every text the regexp
// matches: one sample per alternative of each regexp, so a narrowed prefilter fails here.
import { describe, expect, it } from 'vitest';
import { AUTHENTICATES, AUTHENTICATES_NEEDS, OBJECT_FETCH, OBJECT_FETCH_NEEDS, ROLE, ROLE_NEEDS, WRITES, WRITES_NEEDS } from './handler-checks.js';

const cases: Array<[string, RegExp, RegExp, string[]]> = [
  ['WRITES', WRITES, WRITES_NEEDS, [
    'order.save()', 'x.delete_many({})', 'Item.objects.bulk_create(items)', 'M.objects.update_or_create(a=1)', 'conn.commit()',
    'col.insert_one(doc)', 'col.update_many(q, u)', 'col.replace_one(q, d)', 'Item.objects.filter(a=1).update(b=2)',
    'db.session.add(x)', 'session.merge(x)', 'cache.set("k", v)', 'redis.incr("n")', 'user_store.put(k)', 'page_cache.clear()',
    'file_storage.remove(p)', 'storage.delete(p)', 'cdn.purge()',
  ]],
  ['OBJECT_FETCH', new RegExp(OBJECT_FETCH.source), OBJECT_FETCH_NEEDS, [
    'Item.objects.get(pk=pk)', 'Item.objects.select_related("a").filter(owner_id=1)', 'get_object_or_404(Item, id=item_id)',
    'db.session.get(Item, item_id)', 'Session().get(Item, 1)', 'my_session.get(Item, 1)', 'Item.query.get_or_404(id)',
    'select(Item).where(Item.id == item_id)', 'Item.query.filter_by(id=item_id)', 'items.select().where(items.c.id == 1)',
    'update(items).where(items.c.pk == 1)',
  ]],
  ['AUTHENTICATES', AUTHENTICATES, AUTHENTICATES_NEEDS, [
    'authenticate(request, username=u)', 'auth_login(request, user)', 'login_user(user)', 'log_in(u)', 'check_password_hash(h, p)',
    'checkpw(p, h)', 'check_credentials(u, p)', 'verify_credentials(u, p)', 'user.check_password(p)', 'x.authenticate(t)',
    'bcrypt.verify(p, h)', 'PH.Verify(p, h)', 'compare_digest(a, otp)', 'TOTP(secret).verify(code)', 'verify_client_secret(s)',
    'reset_code_matches(c)', 'otp_is_valid(c)', 'PIN_VALID(c)', 'login_with_totp(c)', 'rec.reset_code == form.code',
    'entry.OTP != data.otp', 'verification_code = request.data', 'PIN = req.form',
  ]],
  ['ROLE', ROLE, ROLE_NEEDS, [
    'user.is_staff', 'u.is_superuser', 'if is_admin:', 'has_role(u, "x")', 'claims.get("roles")', 'get_jwt()["role"]', 'jwt_claims["roles"]',
    'token_data.get("role")', 'payload["role"]', 'identity["roles"]', 'if role == "x"', 'roles in allowed', 'roles[0]', 'user.role',
    '@admin_required', 'session["is_moderator"]', 'session.get("staff_id")', "session['superusers']",
  ]],
];

describe('handler-check prefilters', () => {
  for (const [name, re, needs, samples] of cases) {
    it(`${name}: every sample the regexp matches passes its prefilter`, () => {
      for (const s of samples) {
        expect(re.test(s), s).toBe(true);
        expect(needs.test(s), s).toBe(true);
      }
    });
  }
  it('the prefilters turn away ordinary code', () => {
    const plain = 'def helper(value):\n    mapping = dict(value)\n    return mapping.get("typing")\n';
    for (const [, , needs] of cases) expect(needs.test(plain)).toBe(false);
  });
});
