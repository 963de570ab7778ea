// Redis clients (redis-py, its asyncio client, aioredis): a command whose name comes from the client,
// or a Lua script built from client text, runs what the client wrote. Arguments passed separately
// (`execute_command("GET", key)`, a script's ARGV) are sent as bulk strings and inject nothing.
import type { FrameworkModel } from '../model.js';

export const redisModel: FrameworkModel = {
  name: 'redis',
  objects: [
    {
      callees: [
        'redis.Redis', 'redis.StrictRedis', 'redis.from_url', 'redis.Redis.from_url', 'redis.client.Redis', 'redis.asyncio.Redis',
        'redis.asyncio.from_url', 'redis.asyncio.Redis.from_url', 'redis.cluster.RedisCluster', 'redis.RedisCluster', 'aioredis.from_url',
        'aioredis.Redis', 'aioredis.create_redis_pool', 'flask_redis.FlaskRedis',
      ],
      obj: 'redis',
    },
  ],
  // Pipelines and Script objects of a client talk to the same server.
  sameKindParts: ['redis'],
  sinks: [
    { kind: 'nosql', methods: ['execute_command'], receivers: ['redis'], args: [0] },
    { kind: 'nosql', methods: ['eval', 'evalsha', 'eval_ro', 'script_load', 'register_script'], receivers: ['redis'], args: [0], kwargs: ['script'] },
  ],
};
