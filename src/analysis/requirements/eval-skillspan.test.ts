import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateSkillSpan } from '../../../scripts/eval-skillspan.js';

const dir = mkdtempSync(join(tmpdir(), 'gapwise-skillspan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function row(idx: number, tokens: string[], skill: string[], knowledge: string[]): string {
  return JSON.stringify({ idx, source: 'tech', tokens, tags_skill: skill, tags_knowledge: knowledge });
}

describe('evaluateSkillSpan', () => {
  it('scores predicted keywords against gold spans by token containment', () => {
    const path = join(dir, 'tiny.json');
    writeFileSync(
      path,
      [
        // Gold: "Docker", "Kubernetes" (knowledge) and "communication skills" (skill).
        row(
          1,
          ['Experience', 'with', 'Docker', 'and', 'Kubernetes'],
          ['O', 'O', 'O', 'O', 'O'],
          ['O', 'O', 'B', 'O', 'B'],
        ),
        row(1, ['Good', 'communication', 'skills'], ['O', 'B', 'I'], ['O', 'O', 'O']),
        // A second posting whose only gold span ("lunar regolith") nothing predicts.
        row(
          2,
          ['We', 'study', 'lunar', 'regolith', '.'],
          ['O', 'O', 'O', 'O', 'O'],
          ['O', 'O', 'B', 'I', 'O'],
        ),
      ].join('\n'),
    );
    const result = evaluateSkillSpan(path);
    expect(result).toMatchObject({ sentences: 3, postings: 2 });
    // Predicted Docker, Kubernetes, Communication: all correct; 3 of 4 gold spans covered.
    expect(result.precision).toBe(1);
    expect(result.recall).toBe(0.75);
    expect(result.f1).toBeCloseTo(6 / 7, 5);
  });

  it('returns zeros when the file does not exist', () => {
    expect(evaluateSkillSpan(join(dir, 'missing.json'))).toMatchObject({ sentences: 0, postings: 0, f1: 0 });
  });
});
