// Redis clients (redis-py, its asyncio client, aioredis): a command whose name comes from the client,
// or a Lua script built from client text, runs what the client wrote. Arguments passed separately
// (`execute_command("GET", key)`, a script's ARGV) are sent as bulk strings and inject nothing.
import type { CallView, FrameworkModel } from '../model.js';

const DYNAMIC_COMMAND = /redis\.p?call\(\s*(ARGV|KEYS)\[/;
const COMMAND_SLOT = /redis\.p?call\(\s*(ARGV|KEYS)\[\s*([^\]]*?)\s*\]/g;
/** eval(script, numkeys, *keys_and_args): the positions a script's KEYS / ARGV may be passed at. */
const SCRIPT_ARGS = [2, 3, 4, 5, 6, 7, 8, 9];

/**
 * The positional arguments of `eval(script, numkeys, *keys_and_args)` that a constant script runs as
 * a command name: KEYS[n] is argument 1 + n, ARGV[n] argument 1 + numkeys + n (Lua counts from 1).
 * The other keys and arguments stay data. An index or key count that is not a literal: all of them.
 */
export function commandArgs(c: CallView): number[] {
  const script = c.constArg(0);
  if (typeof script !== 'string') return [];
  const numkeys = c.constArg(1);
  const out = new Set<number>();
  for (const m of script.matchAll(COMMAND_SLOT)) {
    const n = /^\d+$/.test(m[2]!) ? Number(m[2]) : NaN;
    if (!Number.isInteger(n) || (m[1] === 'ARGV' && typeof numkeys !== 'number')) return SCRIPT_ARGS;
    out.add(m[1] === 'KEYS' ? 1 + n : 1 + (numkeys as number) + n);
  }
  return [...out];
}

export const redisModel: FrameworkModel = {
  name: 'redis',
  objects: [
    {
      callees: [
        'redis.Redis', 'redis.StrictRedis', 'redis.from_url', 'redis.Redis.from_url', 'redis.client.Redis', 'redis.asyncio.Redis',
        'redis.asyncio.from_url', 'redis.asyncio.Redis.from_url', 'redis.cluster.RedisCluster', 'redis.RedisCluster', 'aioredis.from_url',
        'aioredis.Redis', 'aioredis.create_redis_pool', 'flask_redis.FlaskRedis', 'django_redis.get_redis_connection',
      ],
      obj: 'redis',
    },
  ],
  // Pipelines and Script objects of a client talk to the same server.
  sameKindParts: ['redis'],
  sinks: [
    { kind: 'nosql', methods: ['execute_command'], receivers: ['redis'], args: [0] },
    { kind: 'nosql', methods: ['eval', 'evalsha', 'eval_ro', 'script_load', 'register_script'], receivers: ['redis'], args: [0], kwargs: ['script'] },
    // A script that runs the command its ARGV / KEYS name (`redis.call(ARGV[1], ...)`): those are the command.
    ...SCRIPT_ARGS.map((i) => ({
      kind: 'nosql' as const, methods: ['eval', 'eval_ro'], receivers: ['redis'], args: [i], when: (c: CallView) => DYNAMIC_COMMAND.test(String(c.constArg(0) ?? '')) && commandArgs(c).includes(i),
    })),
  ],
};
