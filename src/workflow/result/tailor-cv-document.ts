import type { Bullet, CvDocument } from '../../domain/index.js';
import { tailorResume } from './tailor-resume.js';

/**
 * The tailored CV as a document the analysis can read again: the resume with the bullets and
 * skills placed, and the plain text extended with them (evidence is also found in the text).
 */
export function tailorCvDocument(cv: CvDocument, bullets: Bullet[]): CvDocument {
  const resume = tailorResume(cv.resume, bullets);
  const skills = [...new Set(bullets.flatMap((bullet) => bullet.skills))];
  const additions = [
    ...bullets.map((bullet) => `- ${bullet.text}`),
    ...(skills.length > 0 ? [`Skills: ${skills.join(', ')}`] : []),
  ];
  const plainText =
    additions.length > 0 ? `${cv.plainText.trimEnd()}\n\n${additions.join('\n')}\n` : cv.plainText;
  return { ...cv, resume, plainText };
}
