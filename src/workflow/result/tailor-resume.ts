import type { Bullet, Resume, ResumeSkill } from '../../domain/index.js';

/** The name of the section that takes bullets whose answer named no CV entry. */
export const ADDITIONAL_EXPERIENCE = 'Additional experience';
const ADDITIONAL_SKILLS = 'Additional skills';

/**
 * The CV with accepted bullets placed in the work or project entry their answer was about (or
 * an "Additional experience" entry when none) and the skills they evidence added. Pure: the
 * original resume is not changed.
 */
export function tailorResume(resume: Resume, bullets: Bullet[]): Resume {
  const tailored: Resume = structuredClone(resume);
  const extra: string[] = [];
  for (const bullet of bullets) {
    const work = bullet.workIndex !== undefined ? tailored.work?.[bullet.workIndex] : undefined;
    const project = bullet.projectIndex !== undefined ? tailored.projects?.[bullet.projectIndex] : undefined;
    const entry = work ?? project;
    if (entry) entry.highlights = [...(entry.highlights ?? []), bullet.text];
    else extra.push(bullet.text);
  }
  if (extra.length > 0) {
    tailored.work = [...(tailored.work ?? []), { name: ADDITIONAL_EXPERIENCE, highlights: extra }];
  }
  const newSkills = missingSkills(
    tailored.skills ?? [],
    bullets.flatMap((bullet) => bullet.skills),
  );
  if (newSkills.length > 0) {
    const skills = tailored.skills ?? [];
    const group = skills.find((skill) => skill.name === ADDITIONAL_SKILLS);
    if (group) group.keywords = [...(group.keywords ?? []), ...newSkills];
    else skills.push({ name: ADDITIONAL_SKILLS, keywords: newSkills });
    tailored.skills = skills;
  }
  return tailored;
}

/** Skills not yet listed anywhere in the CV's skills (case-insensitive), each once. */
function missingSkills(groups: ResumeSkill[], candidates: string[]): string[] {
  const known = new Set(
    groups
      .flatMap((group) => [group.name ?? '', ...(group.keywords ?? [])])
      .map((skill) => skill.toLowerCase()),
  );
  const added: string[] = [];
  for (const skill of candidates) {
    const key = skill.trim().toLowerCase();
    if (!key || known.has(key)) continue;
    known.add(key);
    added.push(skill.trim());
  }
  return added;
}
