import { describe, expect, it } from 'vitest';
import type { CvDocument } from '../../domain/index.js';
import { readCv } from '../../ingest/index.js';
import { writeOfflineBullet } from './bullet-writer.js';
import { GERMAN_CV_MARKDOWN } from './german-test-documents.js';
import { LAMBDA_GAP, requirementOf, turn } from './offline-test-fixtures.js';

const kubernetesGap = {
  ...LAMBDA_GAP,
  requirement: requirementOf({ id: 'req-k8s', text: 'Erfahrung mit Kubernetes', keywords: ['Kubernetes'] }),
  evidence: [],
};

async function germanCv(): Promise<CvDocument> {
  return readCv({ bytes: new TextEncoder().encode(GERMAN_CV_MARKDOWN) });
}

describe('German offline bullets from real-sounding answers', () => {
  it('builds on the follow-up’s concrete action, not on "ein bisschen benutzt"', async () => {
    const answers = [
      turn('Ich habe Kubernetes ein bisschen benutzt.'),
      turn(
        'Ich habe die Helm-Charts für 6 Services selbst geschrieben, und die Deployments liefen danach stabil.',
      ),
    ];
    const bullet = writeOfflineBullet({ cv: await germanCv(), gap: kubernetesGap, answers, language: 'de' });
    // Before: "Kubernetes ein bisschen benutzt".
    expect(bullet.text).toBe('Helm-Charts für 6 Services mit Kubernetes geschrieben');
  });

  it('leaves the hedge out when the answer has nothing more', async () => {
    const answers = [
      turn('Ich habe Kubernetes ein wenig genutzt.'),
      turn('Ich war allein verantwortlich, es betraf 12 Services, und die Fehlerquote sank um 20 %.'),
    ];
    const bullet = writeOfflineBullet({ cv: await germanCv(), gap: kubernetesGap, answers, language: 'de' });
    expect(bullet.text).not.toMatch(/wenig|bisschen/);
    expect(bullet.text).toContain('Fehlerquote sank um 20');
  });

  it('puts the verb of a "wodurch" result back in second place', async () => {
    const answers = [
      turn(
        'Bei der Nordlicht Logistik GmbH habe ich 12 Services nach Kubernetes migriert, wodurch die Hosting-Kosten um 30 % sanken.',
      ),
    ];
    const bullet = writeOfflineBullet({ cv: await germanCv(), gap: kubernetesGap, answers, language: 'de' });
    // Before: "…; Hosting-Kosten um 30% sanken" (a subordinate clause cut loose).
    expect(bullet.text).toMatch(/^12 Services nach Kubernetes migriert; Hosting-Kosten sanken um 30 ?%$/);
  });
});

describe('German offline bullets keep the result as the candidate said it', () => {
  it('keeps a "gingen … zurück" result and its numbers', async () => {
    const answers = [
      turn(
        'Ich habe Kubernetes bei der Nordlicht Logistik GmbH für den Abrechnungsdienst aufgebaut und 3 Entwickler dabei angeleitet; die Fehler im Betrieb gingen von 12 auf 2 pro Monat zurück.',
      ),
    ];
    const bullet = writeOfflineBullet({ cv: await germanCv(), gap: kubernetesGap, answers, language: 'de' });
    // Before: the result was dropped ("…aufgebaut und 3 Entwickler dabei angeleitet").
    expect(bullet.text).toContain('Fehler im Betrieb gingen von 12 auf 2 pro Monat zurück');
  });

  it('does not capitalise an adjective after the semicolon', async () => {
    const answers = [
      turn('Ich habe Kubernetes ein bisschen benutzt.'),
      turn(
        'Ich habe die Anbindung für 6 Services selbst geschrieben, und die manuelle Arbeit sank um 10 Stunden pro Woche.',
      ),
    ];
    const bullet = writeOfflineBullet({ cv: await germanCv(), gap: kubernetesGap, answers, language: 'de' });
    // Before: "…; Manuelle Arbeit sank um 10 Stunden pro Woche".
    expect(bullet.text).toMatch(/; manuelle Arbeit sank um 10 Stunden pro Woche$/);
  });
});

describe('German offline bullets and the employer they are filed under', () => {
  it('drops "bei der Nordlicht Logistik GmbH" inside the clause too', async () => {
    const answers = [
      turn(
        'Ich habe Kubernetes bei der Nordlicht Logistik GmbH für den Abrechnungsdienst aufgebaut; die Kosten sanken um 20 %.',
      ),
    ];
    const bullet = writeOfflineBullet({ cv: await germanCv(), gap: kubernetesGap, answers, language: 'de' });
    expect(bullet.workIndex).toBe(0);
    // Before: "Kubernetes bei der Nordlicht Logistik GmbH für den Abrechnungsdienst aufgebaut; …".
    expect(bullet.text).toMatch(/^Kubernetes für den Abrechnungsdienst aufgebaut; Kosten sanken um 20/);
  });
});

describe('German offline bullets keep a "5 statt 30 Minuten" result', () => {
  it('writes the before-and-after the candidate gave', async () => {
    const answers = [
      turn('Ich habe Kubernetes ein bisschen benutzt.'),
      turn(
        'Ich habe die Helm-Charts für 6 Services selbst geschrieben, und die Deployments dauerten danach 5 statt 30 Minuten.',
      ),
    ];
    const bullet = writeOfflineBullet({ cv: await germanCv(), gap: kubernetesGap, answers, language: 'de' });
    // Before: "Helm-Charts für 6 Services mit Kubernetes geschrieben" (the 5-vs-30 result dropped).
    expect(bullet.text).toBe(
      'Helm-Charts für 6 Services mit Kubernetes geschrieben; Deployments dauerten danach 5 statt 30 Minuten',
    );
  });
});
