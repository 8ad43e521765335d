import { z } from 'zod';

/**
 * The CV, held as JSON Resume (jsonresume.org, v1.0.0) so that it round-trips to a standard
 * format. Every field is optional, as in the standard; ingest fills what the document shows.
 * Dates are kept as written in ISO-like form (`2019-03`, `2019`), or omitted; an absent
 * `endDate` on a work entry means "present".
 */
export const LocationSchema = z.object({
  address: z.string().optional(),
  postalCode: z.string().optional(),
  city: z.string().optional(),
  countryCode: z.string().optional(),
  region: z.string().optional(),
});

/** A social or professional profile (LinkedIn, GitHub…). */
export const ProfileSchema = z.object({
  network: z.string().optional(),
  username: z.string().optional(),
  url: z.string().optional(),
});

/** Who the candidate is. */
export const BasicsSchema = z.object({
  name: z.string().optional(),
  label: z.string().optional(),
  image: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  url: z.string().optional(),
  summary: z.string().optional(),
  location: LocationSchema.optional(),
  profiles: z.array(ProfileSchema).optional(),
});

/** One job held: employer (`name`), title (`position`), dates and the bullets (`highlights`). */
export const WorkSchema = z.object({
  name: z.string().optional(),
  position: z.string().optional(),
  location: z.string().optional(),
  url: z.string().optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

/** A project, personal or professional. */
export const ProjectSchema = z.object({
  name: z.string().optional(),
  description: z.string().optional(),
  highlights: z.array(z.string()).optional(),
  keywords: z.array(z.string()).optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  url: z.string().optional(),
  roles: z.array(z.string()).optional(),
  entity: z.string().optional(),
  type: z.string().optional(),
});

/** A degree or course of study. */
export const EducationSchema = z.object({
  institution: z.string().optional(),
  url: z.string().optional(),
  area: z.string().optional(),
  studyType: z.string().optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  score: z.string().optional(),
  courses: z.array(z.string()).optional(),
});

/** A certificate (AWS Solutions Architect, PMP…). */
export const CertificateSchema = z.object({
  name: z.string().optional(),
  date: z.string().optional(),
  issuer: z.string().optional(),
  url: z.string().optional(),
});

/** A skill group: a name (`Web Development`) with its keywords (`HTML`, `CSS`…). */
export const SkillSchema = z.object({
  name: z.string().optional(),
  level: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});

/** A spoken language. */
export const LanguageSchema = z.object({
  language: z.string().optional(),
  fluency: z.string().optional(),
});

/** Volunteer work, shaped like a work entry with `organization`. */
export const VolunteerSchema = z.object({
  organization: z.string().optional(),
  position: z.string().optional(),
  url: z.string().optional(),
  startDate: z.string().optional(),
  endDate: z.string().optional(),
  summary: z.string().optional(),
  highlights: z.array(z.string()).optional(),
});

/** An award. */
export const AwardSchema = z.object({
  title: z.string().optional(),
  date: z.string().optional(),
  awarder: z.string().optional(),
  summary: z.string().optional(),
});

/** A publication. */
export const PublicationSchema = z.object({
  name: z.string().optional(),
  publisher: z.string().optional(),
  releaseDate: z.string().optional(),
  url: z.string().optional(),
  summary: z.string().optional(),
});

/** The whole CV in JSON Resume form. */
export const ResumeSchema = z.object({
  basics: BasicsSchema.optional(),
  work: z.array(WorkSchema).optional(),
  volunteer: z.array(VolunteerSchema).optional(),
  education: z.array(EducationSchema).optional(),
  awards: z.array(AwardSchema).optional(),
  certificates: z.array(CertificateSchema).optional(),
  publications: z.array(PublicationSchema).optional(),
  skills: z.array(SkillSchema).optional(),
  languages: z.array(LanguageSchema).optional(),
  interests: z
    .array(z.object({ name: z.string().optional(), keywords: z.array(z.string()).optional() }))
    .optional(),
  projects: z.array(ProjectSchema).optional(),
});

export type Resume = z.infer<typeof ResumeSchema>;
export type ResumeWork = z.infer<typeof WorkSchema>;
export type ResumeProject = z.infer<typeof ProjectSchema>;
export type ResumeEducation = z.infer<typeof EducationSchema>;
export type ResumeSkill = z.infer<typeof SkillSchema>;
export type ResumeLocation = z.infer<typeof LocationSchema>;
