import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGapwiseCli } from '../../test/support/run-cli.js';
import { GERMAN_CV_MARKDOWN, GERMAN_JOB_TEXT } from '../reasoning/offline/german-test-documents.js';

let dir: string;
let cvPath: string;
let jobPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gapwise-cli-language-'));
  cvPath = join(dir, 'lebenslauf.md');
  jobPath = join(dir, 'stelle.md');
  await writeFile(cvPath, GERMAN_CV_MARKDOWN);
  await writeFile(jobPath, GERMAN_JOB_TEXT);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('--language', () => {
  it('analyze reports German for German documents, and the language the user chose', async () => {
    const detected = await runGapwiseCli(['analyze', '--cv', cvPath, '--job', jobPath, '--format', 'json']);
    expect(detected.code).toBe(0);
    expect(JSON.parse(detected.stdout).language).toBe('de');
    const chosen = await runGapwiseCli(['analyze', '--cv', cvPath, '--job', jobPath, '--language', 'en']);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toMatch(/Interview in\s+English/);
  });

  it('interview asks a German candidate in German', async () => {
    const run = await runGapwiseCli(
      ['interview', '--cv', cvPath, '--job', jobPath, '--out', join(dir, 'out')],
      {
        env: { GAPWISE_DATA_DIR: join(dir, 'data') },
      },
    );
    // The input ends at once: the session is saved after the first question was shown.
    expect(run.code).toBe(130);
    expect(run.stdout).toContain('Interview language: German');
    expect(run.stdout).toMatch(/\n(?:Ihr|Sie|Haben|Bei|Die Stelle)[^\n]*\?/);
  });

  it('rejects an unsupported language naming the supported ones (analyze and interview)', async () => {
    const analyze = await runGapwiseCli(['analyze', '--cv', cvPath, '--job', jobPath, '--language', 'fr']);
    expect(analyze.code).toBe(1);
    expect(analyze.stderr).toMatch(
      /^error BAD_REQUEST: Unsupported interview language "fr".*"en" \(English\).*"de" \(German\)/,
    );
    const interview = await runGapwiseCli(
      ['interview', '--cv', cvPath, '--job', jobPath, '--language', 'fr'],
      {
        env: { GAPWISE_DATA_DIR: join(dir, 'data') },
      },
    );
    expect(interview.code).toBe(1);
    expect(interview.stderr).toMatch(/"en" \(English\).*"de" \(German\)/);
    const resumed = await runGapwiseCli(['interview', '--resume', 'some-session', '--language', 'de'], {
      env: { GAPWISE_DATA_DIR: join(dir, 'data') },
    });
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toMatch(/keeps the language it was created with/);
  });
});
