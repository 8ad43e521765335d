import type { Resume } from '../domain/index.js';

/**
 * Writes a Resume as readable plain text: the text kept beside a JSON Resume CV (evidence is
 * quoted from it) and the CV as shown in prompts.
 */

function dates(startDate?: string, endDate?: string): string {
  if (!startDate && !endDate) return '';
  return `${startDate ?? '?'} – ${endDate ?? 'Present'}`;
}

function line(...parts: (string | undefined)[]): string {
  return parts.filter((part) => part !== undefined && part.trim() !== '').join(' | ');
}

function bullets(items: string[] | undefined): string[] {
  return (items ?? []).map((item) => `• ${item}`);
}

function section(title: string, body: string[]): string[] {
  return body.length > 0 ? [title.toUpperCase(), ...body, ''] : [];
}

/** The resume as plain text, section by section, with headings in capitals. */
export function resumeToPlainText(resume: Resume): string {
  const { basics } = resume;
  const out: string[] = [];
  if (basics) {
    if (basics.name) out.push(basics.name);
    if (basics.label) out.push(basics.label);
    const location = [basics.location?.city, basics.location?.region, basics.location?.countryCode]
      .filter(Boolean)
      .join(', ');
    const contact = line(basics.email, basics.phone, basics.url, location || undefined);
    if (contact) out.push(contact);
    for (const profile of basics.profiles ?? []) {
      const value = profile.url ?? profile.username;
      if (value) out.push(profile.network ? `${profile.network}: ${value}` : value);
    }
    out.push('');
    if (basics.summary) out.push(...section('Summary', [basics.summary]));
  }
  out.push(
    ...section(
      'Experience',
      (resume.work ?? []).flatMap((work) => [
        line(work.position, work.name, work.location, dates(work.startDate, work.endDate)),
        ...(work.summary ? [work.summary] : []),
        ...bullets(work.highlights),
      ]),
    ),
    ...section(
      'Projects',
      (resume.projects ?? []).flatMap((project) => [
        line(project.name, dates(project.startDate, project.endDate)),
        ...(project.description ? [project.description] : []),
        ...bullets(project.highlights),
        ...(project.keywords?.length ? [`Technologies: ${project.keywords.join(', ')}`] : []),
      ]),
    ),
    ...section(
      'Education',
      (resume.education ?? []).flatMap((education) => [
        line(
          [education.studyType, education.area].filter(Boolean).join(' in ') || undefined,
          education.institution,
          dates(education.startDate, education.endDate),
        ),
        ...(education.score ? [`Score: ${education.score}`] : []),
        ...(education.courses?.length ? [`Courses: ${education.courses.join(', ')}`] : []),
      ]),
    ),
    ...section(
      'Skills',
      (resume.skills ?? []).map((skill) => {
        const keywords = skill.keywords?.join(', ');
        const name = skill.level && skill.name ? `${skill.name} (${skill.level})` : skill.name;
        return name && keywords ? `${name}: ${keywords}` : (keywords ?? name ?? '');
      }),
    ),
    ...section(
      'Certifications',
      (resume.certificates ?? []).map((certificate) =>
        line(certificate.name, certificate.issuer, certificate.date),
      ),
    ),
    ...section(
      'Languages',
      (resume.languages ?? []).map((language) => line(language.language, language.fluency)),
    ),
    ...section(
      'Volunteer',
      (resume.volunteer ?? []).flatMap((volunteer) => [
        line(volunteer.position, volunteer.organization, dates(volunteer.startDate, volunteer.endDate)),
        ...(volunteer.summary ? [volunteer.summary] : []),
        ...bullets(volunteer.highlights),
      ]),
    ),
    ...section(
      'Awards',
      (resume.awards ?? []).map((award) => line(award.title, award.awarder, award.date, award.summary)),
    ),
    ...section(
      'Publications',
      (resume.publications ?? []).map((publication) =>
        line(publication.name, publication.publisher, publication.releaseDate),
      ),
    ),
    ...section(
      'Interests',
      (resume.interests ?? []).map((interest) =>
        interest.keywords?.length
          ? `${interest.name ?? ''}: ${interest.keywords.join(', ')}`
          : (interest.name ?? ''),
      ),
    ),
  );
  return out
    .filter((entry) => entry !== undefined)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
