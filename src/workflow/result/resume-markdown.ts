import type { Resume } from '../../domain/index.js';

const dates = (start?: string, end?: string) =>
  start || end ? ` (${start ?? '?'} – ${end ?? 'present'})` : '';

const line = (...parts: (string | undefined)[]) => parts.filter((part) => part?.trim()).join(' · ');

/** The CV as readable Markdown: basics, experience, projects, skills, education, certificates. */
export function resumeToMarkdown(resume: Resume): string {
  const out: string[] = [];
  const basics = resume.basics;
  out.push(`# ${basics?.name ?? 'Curriculum vitae'}`);
  const contact = line(basics?.label, basics?.email, basics?.phone, basics?.url, basics?.location?.city);
  if (contact) out.push('', contact);
  if (basics?.summary) out.push('', basics.summary);

  if (resume.work?.length) {
    out.push('', '## Experience');
    for (const work of resume.work) {
      const title = line(work.position, work.name) || 'Experience';
      out.push('', `### ${title}${dates(work.startDate, work.endDate)}`);
      if (work.summary) out.push('', work.summary);
      if (work.highlights?.length) out.push('', ...work.highlights.map((highlight) => `- ${highlight}`));
    }
  }
  if (resume.projects?.length) {
    out.push('', '## Projects');
    for (const project of resume.projects) {
      out.push('', `### ${project.name ?? 'Project'}${dates(project.startDate, project.endDate)}`);
      if (project.description) out.push('', project.description);
      if (project.highlights?.length)
        out.push('', ...project.highlights.map((highlight) => `- ${highlight}`));
    }
  }
  if (resume.skills?.length) {
    out.push('', '## Skills', '');
    for (const skill of resume.skills) {
      const keywords = (skill.keywords ?? []).join(', ');
      out.push(`- ${skill.name ? `**${skill.name}**${keywords ? `: ${keywords}` : ''}` : keywords}`);
    }
  }
  if (resume.education?.length) {
    out.push('', '## Education', '');
    for (const education of resume.education) {
      out.push(
        `- ${line(education.studyType, education.area, education.institution)}${dates(education.startDate, education.endDate)}`,
      );
    }
  }
  if (resume.certificates?.length) {
    out.push('', '## Certificates', '');
    for (const certificate of resume.certificates)
      out.push(`- ${line(certificate.name, certificate.issuer, certificate.date)}`);
  }
  return `${out.join('\n')}\n`;
}
