import { describe, expect, it } from 'vitest';
import { detectInterviewLanguage, detectTextLanguage } from '../../analysis/document-language.js';
import type { AnswerTurn, CvDocument, Gap } from '../../domain/index.js';
import { readCv } from '../../ingest/index.js';
import type { SessionContext } from '../reasoner.js';
import {
  ENGLISH_TEMPLATE_WORDS,
  GERMAN_CV_MARKDOWN,
  GERMAN_JOB_TEXT,
  germanStrongAnswer,
} from './german-test-documents.js';
import { createOfflineEngine } from './offline-engine.js';

const engine = createOfflineEngine({ now: () => new Date('2025-06-01') });

async function germanSession(): Promise<{ context: SessionContext; gaps: Gap[] }> {
  const cv: CvDocument = await readCv({ bytes: new TextEncoder().encode(GERMAN_CV_MARKDOWN) });
  const job = await engine.extractRequirements({ jobText: GERMAN_JOB_TEXT });
  const report = await engine.analyseGaps({ cv, job });
  const language = detectInterviewLanguage({ cvText: cv.plainText, jobText: GERMAN_JOB_TEXT });
  return { context: { sessionId: 's-de', cv, job, language }, gaps: report.gaps };
}

function kubernetesGap(gaps: Gap[]): Gap {
  const gap = gaps.find((candidate) => candidate.requirement.keywords.includes('Kubernetes'));
  if (!gap) throw new Error(`no Kubernetes gap in ${gaps.map((g) => g.requirement.keywords).join('; ')}`);
  return gap;
}

describe('the offline engine in a German session', () => {
  it('detects German from the German CV and job', async () => {
    const { context } = await germanSession();
    expect(context.language).toBe('de');
  });

  it('asks every question in German, formally (Sie), without English template words', async () => {
    const { context, gaps } = await germanSession();
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      const question = await engine.generateQuestion({ context, gap });
      expect(question.text).toMatch(/(?<!\p{L})(?:Sie|Ihr|Ihre|Ihrem|Ihren|Ihrer)(?!\p{L})/u);
      expect(question.text).not.toMatch(/(?<!\p{L})(?:du|dein|deine)(?!\p{L})/u);
      expect(question.text).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    }
    const kubernetes = await engine.generateQuestion({ context, gap: kubernetesGap(gaps) });
    expect(kubernetes.text).toContain('Kubernetes');
  });

  it('judges a thin German answer with German feedback and German follow-ups', async () => {
    const { context, gaps } = await germanSession();
    const gap = kubernetesGap(gaps);
    const question = await engine.generateQuestion({ context, gap });
    const answers: AnswerTurn[] = [{ prompt: question.text, answer: 'Ja, das haben wir im Team benutzt.' }];
    const evaluation = await engine.evaluateAnswer({ context, gap, question, answers });
    expect(evaluation.score).toBeLessThan(7);
    expect(evaluation.feedback).toMatch(/Ergänzen Sie/);
    expect(evaluation.feedback).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    const deepDive = await engine.generateDeepDive({ context, gap, question, answers, evaluation });
    expect(deepDive.followUps.length).toBeGreaterThan(0);
    for (const followUp of deepDive.followUps) expect(followUp.text).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    expect(detectTextLanguage(deepDive.followUps.map((followUp) => followUp.text).join(' '))).toBe('de');
  });

  it('scores a strong German answer as strong and writes a German bullet from it', async () => {
    const { context, gaps } = await germanSession();
    const gap = kubernetesGap(gaps);
    const question = await engine.generateQuestion({ context, gap });
    const answers: AnswerTurn[] = [{ prompt: question.text, answer: germanStrongAnswer('Kubernetes') }];
    const evaluation = await engine.evaluateAnswer({ context, gap, question, answers });
    expect(evaluation.score).toBeGreaterThanOrEqual(7);
    expect(evaluation.rubric.ownership).toBe(2);
    expect(evaluation.rubric.impact).toBe(2);
    expect(evaluation.feedback).toMatch(/^Starke Antwort/);

    const bullet = await engine.generateBullet({ context, gap, question, answers });
    // Participle style of German CVs, the candidate's own figures, no first person, no English.
    expect(bullet.text).toMatch(/Kubernetes.*eingeführt/);
    expect(bullet.text).toMatch(/von 40 Minuten auf 5 Minuten verkürzt/);
    expect(bullet.text).not.toMatch(/(?<!\p{L})(?:ich|wir|Ich|Wir)(?!\p{L})/u);
    expect(bullet.text).not.toMatch(ENGLISH_TEMPLATE_WORDS);
    expect(bullet.workIndex).toBe(0);
    const review = await engine.reviewBullet({ context, gap, question, answers, bullet });
    expect(review).toMatchObject({ grounded: true, passed: true });
    expect(review.feedback).toBe('Belegt, knapp und konkret: bereit für Ihren Lebenslauf.');
  });

  it('scores a German result after other German bullets were written, and phrases it as a result', async () => {
    const { context, gaps } = await germanSession();
    const gap = kubernetesGap(gaps);
    const question = await engine.generateQuestion({ context, gap });
    // A bullet first: the outcome patterns must carry no state from one call to the next.
    await engine.generateBullet({
      context,
      gap,
      question,
      answers: [{ prompt: '', answer: germanStrongAnswer('Kubernetes') }],
    });
    const answers: AnswerTurn[] = [
      {
        prompt: question.text,
        answer:
          'Ich habe dort Kubernetes für 8 Services eingeführt und die Deployments automatisiert. Danach sank die Dauer der Releases von zwei Stunden auf 20 Minuten.',
      },
    ];
    const evaluation = await engine.evaluateAnswer({ context, gap, question, answers });
    expect(evaluation.rubric.impact).toBe(2);
    const bullet = await engine.generateBullet({ context, gap, question, answers });
    expect(bullet.text).toBe(
      'Kubernetes für 8 Services eingeführt und die Deployments automatisiert; Dauer der Releases sank von zwei Stunden auf 20 Minuten',
    );
  });

  it('records "keine Erfahrung" as a true gap with German advice', async () => {
    const { context, gaps } = await germanSession();
    const gap = kubernetesGap(gaps);
    const question = await engine.generateQuestion({ context, gap });
    const answers: AnswerTurn[] = [
      { prompt: question.text, answer: 'Nein, mit Kubernetes habe ich leider noch nie gearbeitet.' },
    ];
    const evaluation = await engine.evaluateAnswer({ context, gap, question, answers });
    expect(evaluation.noExperience).toBe(true);
    expect(evaluation.feedback).toMatch(/^Danke für Ihre Offenheit/);
    const advice = await engine.adviseTrueGap({ context, gap, question, answers });
    expect(advice.summary).toMatch(/^Sie haben Kubernetes bisher nicht eingesetzt/);
    for (const step of advice.toLearn) expect(step).not.toMatch(ENGLISH_TEMPLATE_WORDS);
  });

  it('keeps the same documents in English when the session language is English', async () => {
    const { context, gaps } = await germanSession();
    const english = { ...context, language: 'en' as const };
    const gap = kubernetesGap(gaps);
    const question = await engine.generateQuestion({ context: english, gap });
    expect(question.text).toMatch(ENGLISH_TEMPLATE_WORDS);
    expect(question.text).not.toMatch(/(?<!\p{L})Sie(?!\p{L})/u);
  });

  it('names skills the German way and words advice by the kind of requirement', async () => {
    const { context } = await germanSession();
    const gap = (id: string, requirement: Partial<Gap['requirement']>): Gap => ({
      id,
      requirement: { id, text: 'x', kind: 'skill', priority: 'IMPORTANT', keywords: [], ...requirement },
      status: 'missing',
      coverage: 0,
      evidence: [],
      reason: '',
    });
    const answers: AnswerTurn[] = [{ prompt: '', answer: 'Nein, leider nicht.' }];
    const teamwork = gap('req-1', {
      kind: 'soft-skill',
      text: 'Ausgeprägte Teamfähigkeit',
      keywords: ['Teamwork'],
    });
    const question = await engine.generateQuestion({ context, gap: teamwork });
    expect(question.text).toContain('Teamfähigkeit');
    expect(question.text).not.toContain('Teamwork');

    const certificate = gap('req-2', {
      kind: 'certification',
      text: 'AWS Certified Solutions Architect ist ein Plus',
      keywords: ['AWS Certified Solutions Architect'],
    });
    const advice = await engine.adviseTrueGap({ context, gap: certificate, question, answers });
    expect(advice.summary).toMatch(/^Sie haben AWS Certified Solutions Architect bisher nicht erworben/);

    // A phrase the taxonomy does not know is quoted from the job, not lower-cased into a sentence.
    const unknown = gap('req-3', {
      text: 'Verhandlungssichere Französischkenntnisse',
      keywords: ['verhandlungssichere französischkenntnisse'],
    });
    const unknownAdvice = await engine.adviseTrueGap({ context, gap: unknown, question, answers });
    expect(unknownAdvice.summary).toContain('„Verhandlungssichere Französischkenntnisse“');
    expect(unknownAdvice.toLearn.join(' ')).not.toContain('offiziellen Dokumentation');
  });

  it('refines a German bullet without claiming a skill only the CV lists, and without repeating the employer', async () => {
    const { context, gaps } = await germanSession();
    // Docker is in the CV; the answers never say the queue work used it.
    const gap = {
      ...kubernetesGap(gaps),
      requirement: { ...kubernetesGap(gaps).requirement, keywords: ['Docker'] },
    };
    const question = await engine.generateQuestion({ context, gap });
    const answers: AnswerTurn[] = [
      {
        prompt: question.text,
        answer:
          'Bei der Nordlicht Logistik GmbH habe ich die Consumer selbst geschrieben und die Queues konfiguriert. Dadurch wurden Bestellungen 3x schneller verarbeitet.',
      },
    ];
    const bullet = await engine.generateBullet({ context, gap, question, answers });
    expect(bullet.text).toBe(
      'Consumer geschrieben und die Queues konfiguriert; Bestellungen 3x schneller verarbeitet',
    );
    expect(bullet.workIndex).toBe(0);
    const review = await engine.reviewBullet({ context, gap, question, answers, bullet });
    expect(review.checks.keyword).toBe(false);
    const refined = await engine.refineBullet({ context, gap, question, answers, bullet, review });
    expect(refined.text).not.toContain('Docker');
  });

  it("points a German follow-up back to the candidate's own work", async () => {
    const { context, gaps } = await germanSession();
    const gap = kubernetesGap(gaps);
    const question = await engine.generateQuestion({ context, gap });
    const answers: AnswerTurn[] = [
      {
        prompt: question.text,
        answer: 'Ich habe dort den Kubernetes-Cluster für unsere 12 Services aufgebaut.',
      },
    ];
    const evaluation = await engine.evaluateAnswer({ context, gap, question, answers });
    expect(evaluation.missing).toContain('impact');
    const deepDive = await engine.generateDeepDive({ context, gap, question, answers, evaluation });
    const impact = deepDive.followUps.find((followUp) => followUp.element === 'impact');
    expect(impact?.text).toMatch(/^Was hat sich durch den Kubernetes-Cluster verändert\?/);
  });
});
