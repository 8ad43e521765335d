import { describe, expect, it } from 'vitest';
import type { GapReport } from '../../domain/index.js';
import {
  ENGLISH_TEMPLATE_WORDS,
  GERMAN_CV_MARKDOWN,
  GERMAN_JOB_TEXT,
} from '../../reasoning/offline/german-test-documents.js';
import { analyseDocuments } from '../index.js';
import { analyseGapsWith } from './analyse-gaps.js';
import { cvFrom, jobWith, requirement, TEST_NOW } from './test-documents.js';
import { createTestSkillLookup } from './test-skill-lookup.js';

const skills = createTestSkillLookup();
const bytes = (text: string) => new TextEncoder().encode(text);

/** Words of the English templates beyond the shared list: a German sentence must have none. */
const ENGLISH_REPORT_WORDS =
  /(?<![\p{L}])(?:not|CV|only|mentioned|shows|skills list|job asks|years|degree|certificate|related skill)(?![\p{L}])/iu;

/** The analysis' own words: the CV's quotes („…“, "…") are the candidate's, in any language. */
const ownWords = (sentence: string) => sentence.replace(/„[^“]*“|"[^"]*"/g, '');

function sentencesOf(report: GapReport): string[] {
  return [
    ...report.gaps.map((gap) => gap.reason),
    ...report.requirements.map((assessment) => assessment.explanation),
  ];
}

describe('the gap report of a German session', () => {
  it('gives German reasons and explanations, with no English template words', async () => {
    const { report, language } = await analyseDocuments({
      cvBytes: bytes(GERMAN_CV_MARKDOWN),
      jobBytes: bytes(GERMAN_JOB_TEXT),
      now: TEST_NOW,
    });
    expect(language).toBe('de');
    expect(report.gaps.length).toBeGreaterThan(0);
    expect(report.gaps.map((gap) => gap.reason).join(' ')).toContain(
      'Terraform wird in Ihrem Lebenslauf nirgends erwähnt.',
    );
    for (const sentence of sentencesOf(report)) {
      expect(ownWords(sentence)).not.toMatch(ENGLISH_TEMPLATE_WORDS);
      expect(ownWords(sentence)).not.toMatch(ENGLISH_REPORT_WORDS);
    }
  });

  it('stays English when the user chooses English for German documents', async () => {
    const { report } = await analyseDocuments({
      cvBytes: bytes(GERMAN_CV_MARKDOWN),
      jobBytes: bytes(GERMAN_JOB_TEXT),
      now: TEST_NOW,
      language: 'en',
    });
    expect(report.gaps.map((gap) => gap.reason).join(' ')).toContain(
      'Terraform is not mentioned anywhere in your CV.',
    );
  });

  it('says a grouped finding once, in German, naming every skill', () => {
    const text = 'Erfahrung mit PostgreSQL, Redis, Terraform, Kubernetes und Kafka.';
    const job = jobWith(
      ...['PostgreSQL', 'Redis', 'Terraform', 'Kubernetes', 'Kafka'].map((keyword, index) =>
        requirement({ id: `req-${index + 1}`, text, keywords: [keyword] }),
      ),
    );
    const cv = cvFrom({
      work: [
        { name: 'Acme', position: 'Entwicklerin', startDate: '2022-01', highlights: ['Docker im Betrieb'] },
      ],
      skills: [{ name: 'Datenbanken', keywords: ['PostgreSQL', 'Redis'] }],
    });
    const german = analyseGapsWith({ cv, job, now: TEST_NOW, skills, language: 'de' });
    expect(german.gaps.map((gap) => gap.reason)).toEqual([
      'Terraform und Kafka werden in Ihrem Lebenslauf nirgends erwähnt. Ihr Lebenslauf zeigt nur die verwandte Fähigkeit Docker, nicht Kubernetes.',
      'PostgreSQL und Redis stehen nur unter Ihren Kenntnissen, in keiner Position und keinem Projekt.',
    ]);
    // The English report of the same documents is the one English sessions always had.
    const english = analyseGapsWith({ cv, job, now: TEST_NOW, skills });
    expect(english.gaps.map((gap) => gap.reason)).toEqual([
      'Terraform and Kafka are not mentioned anywhere in your CV. Your CV shows only the related skill Docker, not Kubernetes.',
      'PostgreSQL and Redis appear only in your skills list, not in any role or project.',
    ]);
  });

  it('words years, degree, certificate and language gaps in German', () => {
    const job = jobWith(
      requirement({
        id: 'years',
        text: 'Mindestens 8 Jahre Java',
        kind: 'experience',
        keywords: ['Java'],
        minYears: 8,
      }),
      requirement({
        id: 'degree',
        text: 'Master in Informatik',
        kind: 'education',
        keywords: ['Informatik'],
      }),
      requirement({ id: 'cert', text: 'AWS-Zertifizierung', kind: 'certification', keywords: ['AWS'] }),
      requirement({
        id: 'french',
        text: 'Französischkenntnisse',
        kind: 'language',
        keywords: ['Französisch'],
      }),
    );
    const cv = cvFrom({
      work: [
        {
          name: 'Acme',
          position: 'Entwicklerin',
          startDate: '2021-01',
          highlights: ['Java-Services für Acme'],
        },
      ],
      education: [{ institution: 'Universität Hamburg', studyType: 'Bachelor', area: 'Informatik' }],
      languages: [{ language: 'Deutsch', fluency: 'Muttersprache' }],
    });
    const reasons = Object.fromEntries(
      analyseGapsWith({ cv, job, now: TEST_NOW, skills, language: 'de' }).gaps.map((gap) => [
        gap.id,
        gap.reason,
      ]),
    );
    expect(reasons).toEqual({
      years: 'Ihr Lebenslauf zeigt 4,5 Jahre mit Java; die Stelle verlangt mindestens 8.',
      degree:
        'Die Stelle verlangt einen Masterabschluss in Informatik; Ihr höchster angegebener Abschluss liegt darunter.',
      cert: 'Ihr Lebenslauf nennt kein Zertifikat für AWS.',
      french: 'Ihr Lebenslauf erwähnt Französisch nicht.',
    });
  });

  it('writes years with a decimal comma', () => {
    const job = jobWith(
      requirement({
        id: 'degree',
        text: 'Bachelor in Informatik oder vergleichbare Berufserfahrung',
        kind: 'education',
        keywords: ['Informatik'],
      }),
    );
    const cv = cvFrom({ work: [{ name: 'Acme', position: 'Entwicklerin', startDate: '2021-01' }] });
    const [assessment] = analyseGapsWith({ cv, job, now: TEST_NOW, skills, language: 'de' }).requirements;
    expect(assessment?.explanation).toBe(
      'Die Stelle verlangt einen Bachelorabschluss in Informatik oder gleichwertige Erfahrung; Ihr Lebenslauf zeigt 4,5 Jahre Berufserfahrung.',
    );
  });

  it('names skills and employers as a German sentence does, like the questions', () => {
    const job = jobWith(
      requirement({ id: 'team', text: 'Teamfähigkeit', kind: 'soft-skill', keywords: ['Teamwork'] }),
      requirement({ id: 'go', text: 'Erfahrung mit Go', keywords: ['Go'] }),
    );
    const cv = cvFrom({
      work: [
        {
          name: 'Nordlicht Logistik GmbH',
          position: 'Entwicklerin',
          startDate: '2016-01',
          endDate: '2018-01',
          highlights: ['Ein kleines Tool in Go geschrieben'],
        },
      ],
    });
    const report = analyseGapsWith({ cv, job, now: TEST_NOW, skills, language: 'de' });
    expect(report.gaps.find((gap) => gap.id === 'team')?.reason).toBe(
      'Teamfähigkeit wird in Ihrem Lebenslauf nirgends erwähnt.',
    );
    expect(report.requirements.find((item) => item.requirement.id === 'go')?.explanation).toContain(
      'in Ihrer Position bei der Nordlicht Logistik GmbH',
    );
  });
});
