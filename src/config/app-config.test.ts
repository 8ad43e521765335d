import { describe, expect, it } from 'vitest';
import { isGapwiseError } from '../errors/index.js';
import { loadAppConfig } from './app-config.js';

describe('loadAppConfig', () => {
  it('uses the embedded defaults when nothing is set', () => {
    const config = loadAppConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.STATE_TTL_SECONDS).toBe(3600);
    expect(config.ANSWER_THRESHOLD).toBe(7);
  });

  it('reads numbers from strings', () => {
    expect(loadAppConfig({ PORT: '8080', STATE_TTL_SECONDS: '60' })).toMatchObject({
      PORT: 8080,
      STATE_TTL_SECONDS: 60,
    });
  });

  it('names the bad variable in its error', () => {
    try {
      loadAppConfig({ PORT: 'eighty', REDIS_URL: 'not a url' });
      expect.unreachable();
    } catch (error) {
      expect(isGapwiseError(error, 'INVALID_CONFIG')).toBe(true);
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('REDIS_URL');
    }
  });
});
