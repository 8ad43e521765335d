import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from './start-server.js';

describe("the server's start-up logger", () => {
  const lines: string[] = [];
  let server: RunningServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'gapwise-log-'));
    server = await startServer(
      { PATH: process.env.PATH, LOG_LEVEL: 'info', PORT: '0', GAPWISE_DATA_DIR: dataDir },
      { logDestination: { write: (line: string) => void lines.push(line) } },
    );
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes start-up lines as JSON', () => {
    const messages = lines.map((line) => JSON.parse(line).msg as string);
    expect(messages.some((message) => message.startsWith('state: SQLite'))).toBe(true);
  });

  it('redacts CV text, answers and tokens as the request logger does', () => {
    const before = lines.length;
    server.log.info(
      {
        cvText: 'SECRET-CV',
        answer: 'SECRET-ANSWER',
        session: { jobText: 'SECRET-JOB', plainText: 'SECRET-PLAIN' },
        token: 'SECRET-TOKEN',
        error: { body: 'SECRET-BODY' },
      },
      'model call failed',
    );
    const written = lines.slice(before).join('');
    expect(written).toContain('model call failed');
    expect(written).not.toContain('SECRET');
    expect(JSON.parse(written)).toMatchObject({ cvText: '[redacted]', token: '[redacted]' });
  });
});
