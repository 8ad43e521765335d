import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CvDocument, Resume } from '../domain/index.js';
import { createSqliteSessionStore } from '../state/sqlite-session-store.js';
import { createInterviewService } from '../workflow/interview-service.js';
import { createScriptedReasoner } from '../workflow/testing/scripted-reasoner.js';
import { DEFAULT_WORKFLOW_CONFIG } from '../workflow/workflow-config.js';
import { runInterview } from './interview-command.js';

const cv: CvDocument = {
  sourceType: 'markdown',
  plainText: 'Jane Doe\nBackend engineer at Acme.\n- Built the payments API in TypeScript.',
  resume: {
    basics: { name: 'Jane Doe' },
    work: [{ name: 'Acme', position: 'Backend engineer', highlights: ['Built the payments API'] }],
  },
};
const jobText = ['Backend engineer', '- TypeScript (must)', '- Kubernetes (must)', '- Kafka'].join('\n');

describe('gapwise interview (terminal conversation)', () => {
  let dir: string;
  const closers: (() => Promise<void>)[] = [];

  const makeService = () => {
    const db = new Database(join(dir, 'checkpoints.sqlite'));
    const store = createSqliteSessionStore({ path: join(dir, 'sessions.sqlite') });
    closers.push(async () => {
      await store.close();
      db.close();
    });
    return createInterviewService({
      reasoner: createScriptedReasoner(),
      checkpointer: new SqliteSaver(db),
      sessionStore: store,
      config: DEFAULT_WORKFLOW_CONFIG,
    });
  };

  const piped = (lines: string[]) => {
    const input = new PassThrough();
    input.end(lines.map((line) => `${line}\n`).join(''));
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => {
      text += chunk.toString();
    });
    return { io: { input, output }, text: () => text };
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gapwise-cli-'));
  });

  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs the whole interview from piped answers and writes the tailored CV', async () => {
    const { io, text } = piped([
      '',
      'Kubernetes a bit',
      'I moved 12 services to Kubernetes at Acme, cutting deploys by 40 percent',
      'x',
      'e',
      'Moved 12 services to Kubernetes at Acme, cutting deploy time by 40%',
      'I have no experience with Kafka',
    ]);
    const outDir = join(dir, 'out');
    const outcome = await runInterview({ service: makeService(), io, outDir, start: { cv, jobText } });

    expect(outcome.finished).toBe(true);
    const shown = text();
    expect(shown).toContain('Match score: 33/100');
    expect(shown).toContain('Question 1 of 2 — [CRITICAL] Kubernetes (must)');
    expect(shown).toContain('The answer is empty');
    expect(shown).toContain('Tell me more about');
    expect(shown).toContain('Please type a, e or r.');
    expect(shown).toContain('Question 2 of 2');
    expect(shown).toContain('Recorded as a true gap');
    expect(shown).toContain('Match score: 33 → 67');
    const resume = JSON.parse(readFileSync(join(outDir, 'tailored-cv.json'), 'utf8')) as Resume;
    expect(resume.work?.[0]?.highlights).toContain(
      'Moved 12 services to Kubernetes at Acme, cutting deploy time by 40%',
    );
    expect(readFileSync(join(outDir, 'tailored-cv.md'), 'utf8')).toContain(
      '- Moved 12 services to Kubernetes',
    );
  });

  it('saves the session when the input ends, and continues it with --resume', async () => {
    const first = piped(['I moved 12 services to Kubernetes at Acme, cutting deploys by 40 percent']);
    const outDir = join(dir, 'out');
    const stopped = await runInterview({
      service: makeService(),
      io: first.io,
      outDir,
      start: { cv, jobText },
    });
    expect(stopped.finished).toBe(false);
    expect(first.text()).toContain(`gapwise interview --resume ${stopped.sessionId}`);

    const second = piped(['a', 'I have no experience with Kafka']);
    const resumed = await runInterview({
      service: makeService(),
      io: second.io,
      outDir,
      start: { resumeSessionId: stopped.sessionId },
    });
    expect(resumed.finished).toBe(true);
    expect(second.text()).toContain('Proposed bullet:');
    expect(second.text()).toContain('Bullets added: 1');
  });
});
