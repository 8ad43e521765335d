import { randomBytes } from 'node:crypto';
import { validate } from '@langchain/langgraph-checkpoint-validation';
import type { Redis } from 'ioredis';
import { startRedisServer, type TestRedisServer } from '../../test/support/redis-server.js';
import { RedisCheckpointSaver } from './redis-checkpoint-saver.js';
import { createRedisConnection } from './redis-connection.js';
import { createSessionKeyspace } from './redis-keyspace.js';

// The official LangGraph conformance suite, against a real redis-server on its own port.
let server: TestRedisServer;
let redis: Redis;

validate({
  checkpointerName: 'RedisCheckpointSaver',
  beforeAllTimeout: 30_000,
  async beforeAll() {
    server = await startRedisServer();
    redis = await createRedisConnection({ url: server.url });
  },
  async afterAll() {
    redis.disconnect();
    await server.destroy();
  },
  createCheckpointer() {
    // A fresh random prefix per checkpointer keeps instances isolated from one another.
    return new RedisCheckpointSaver({
      redis,
      keyspace: createSessionKeyspace(`test-${randomBytes(6).toString('hex')}`),
      ttlSeconds: 600,
    });
  },
});
