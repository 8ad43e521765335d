import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type GapwiseServerProcess, startGapwiseServer } from '../support/gapwise-server-process.js';
import { call } from '../support/test-server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'gapwise-shared-'));
const processes: GapwiseServerProcess[] = [];

afterAll(async () => {
  await Promise.all(processes.map((p) => p.kill()));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('two server processes on one SQLite data directory', () => {
  it('a session created on one is served and answered by the other', async () => {
    const env = { GAPWISE_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    const [a, b] = await Promise.all([startGapwiseServer(env), startGapwiseServer(env)]);
    processes.push(a, b);
    const created = await call(`${a.url}/api/sessions`, {
      json: {
        cvText:
          'Sam Lee\n\nExperience\nEngineer — Quill Labs\n2019 – Present\n- Built APIs in Go\n\nSkills\nGo, PostgreSQL',
        jobText: 'Requirements\n- Experience with Rust\n- Experience with PostgreSQL',
      },
    });
    expect(created.status).toBe(201);
    const { sessionId, token } = created.body;
    const onB = await call(`${b.url}/api/sessions/${sessionId}`, { token });
    expect(onB.status).toBe(200);
    expect(onB.body.report).toEqual(created.body.session.report);
    const question = onB.body.questions[0];
    const answered = await call(`${b.url}/api/sessions/${sessionId}/questions/${question.id}/answers`, {
      token,
      json: { answer: 'I have never used Rust.' },
    });
    expect(answered.status).toBe(200);
    const backOnA = await call(`${a.url}/api/sessions/${sessionId}`, { token });
    expect(backOnA.body.questions[0].turns).toHaveLength(1);
  }, 180_000);
});
