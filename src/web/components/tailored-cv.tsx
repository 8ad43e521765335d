import type { Resume } from '../../domain/resume.js';

function dates(start?: string, end?: string): string {
  if (!start && !end) return '';
  return `${start ?? ''} – ${end ?? 'present'}`;
}

/** The tailored CV, rendered from its JSON Resume. */
export function TailoredCv({ resume }: { resume: Resume }) {
  const { basics } = resume;
  const contact = [basics?.email, basics?.phone, basics?.location?.city, basics?.url].filter(Boolean);
  return (
    <article className="cv" aria-label="Your tailored CV">
      {basics?.name && <h2 className="cv-name">{basics.name}</h2>}
      {basics?.label && <p className="cv-label">{basics.label}</p>}
      {contact.length > 0 && <p className="cv-contact">{contact.join(' · ')}</p>}
      {basics?.summary && <p>{basics.summary}</p>}
      {resume.work && resume.work.length > 0 && (
        <section>
          <h3>Experience</h3>
          {resume.work.map((work, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: CV entries have no id; their order is fixed
            <div key={index} className="cv-entry">
              <p className="cv-entry-head">
                <strong>{[work.position, work.name].filter(Boolean).join(' — ')}</strong>
                <span className="muted">{dates(work.startDate, work.endDate)}</span>
              </p>
              {work.summary && <p>{work.summary}</p>}
              {work.highlights && (
                <ul>
                  {work.highlights.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
      {resume.projects && resume.projects.length > 0 && (
        <section>
          <h3>Projects</h3>
          {resume.projects.map((project, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: CV entries have no id; their order is fixed
            <div key={index} className="cv-entry">
              <p className="cv-entry-head">
                <strong>{project.name}</strong>
              </p>
              {project.description && <p>{project.description}</p>}
              {project.highlights && (
                <ul>
                  {project.highlights.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
      {resume.education && resume.education.length > 0 && (
        <section>
          <h3>Education</h3>
          <ul>
            {resume.education.map((education, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: CV entries have no id; their order is fixed
              <li key={index}>
                {[education.studyType, education.area].filter(Boolean).join(' ')}
                {education.institution ? ` — ${education.institution}` : ''}{' '}
                <span className="muted">{dates(education.startDate, education.endDate)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {resume.skills && resume.skills.length > 0 && (
        <section>
          <h3>Skills</h3>
          <ul>
            {resume.skills.map((skill, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: CV entries have no id; their order is fixed
              <li key={index}>
                {skill.name && <strong>{skill.name}: </strong>}
                {skill.keywords?.join(', ')}
              </li>
            ))}
          </ul>
        </section>
      )}
      {resume.certificates && resume.certificates.length > 0 && (
        <section>
          <h3>Certificates</h3>
          <ul>
            {resume.certificates.map((certificate, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: CV entries have no id; their order is fixed
              <li key={index}>
                {certificate.name}
                {certificate.date ? ` (${certificate.date})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
