import { type Resume, ResumeSchema } from '../domain/index.js';
import { GapwiseError } from '../errors/index.js';

/**
 * Maps a JSON Resume document to the domain Resume: v1.0.0 as it is, and the pre-1.0 schemas
 * (`bio`, `work[].company`, `website`, `picture`, `gpa`, e-mail and phone objects…) to their
 * v1 names. Unknown keys are dropped; values of the wrong type are ignored rather than trusted.
 */

type Json = Record<string, unknown>;

const RESUME_KEYS = [
  'basics',
  'bio',
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'projects',
  'references',
];

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** First non-empty string of a value that may be a string or an object of strings (`{ work, personal }`). */
function firstText(value: unknown): string | undefined {
  if (isObject(value)) {
    for (const inner of Object.values(value)) {
      const found = text(inner);
      if (found) return found;
    }
    return undefined;
  }
  return text(value);
}

function texts(value: unknown): string[] | undefined {
  if (typeof value === 'string') return text(value) ? [value.trim()] : undefined;
  if (!Array.isArray(value)) return undefined;
  const list = value.map((item) => (isObject(item) ? (text(item.name) ?? text(item.keyword)) : text(item)));
  const kept = list.filter((item): item is string => item !== undefined);
  return kept.length > 0 ? kept : undefined;
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function date(value: unknown): string | undefined {
  return text(value);
}

/** Drops keys whose value is undefined, so the result stays clean JSON. */
function compact<T extends Json>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}

function location(value: unknown): Json | undefined {
  if (typeof value === 'string') return { city: value };
  if (!isObject(value)) return undefined;
  const mapped = compact({
    address: text(value.address),
    postalCode: text(value.postalCode),
    city: text(value.city),
    countryCode: text(value.countryCode),
    region: text(value.region) ?? text(value.state),
  });
  return Object.keys(mapped).length > 0 ? mapped : undefined;
}

function profiles(value: unknown): Json[] | undefined {
  // Pre-1.0 resumes keep profiles as `{ twitter: "name" }` objects or arrays of objects.
  const entries = isObject(value)
    ? Object.entries(value).map(([network, username]) =>
        isObject(username) ? { network, ...username } : { network, username },
      )
    : list(value);
  const mapped = entries
    .map((profile: Json) =>
      compact({ network: text(profile.network), username: text(profile.username), url: text(profile.url) }),
    )
    .filter((profile) => Object.keys(profile).length > 0);
  return mapped.length > 0 ? mapped : undefined;
}

function basics(source: Json): Json | undefined {
  const raw = isObject(source.basics) ? source.basics : isObject(source.bio) ? source.bio : undefined;
  if (!raw) return undefined;
  const joinedName = [text(raw.firstName), text(raw.lastName)].filter(Boolean).join(' ');
  return compact({
    name: text(raw.name) ?? (joinedName || undefined),
    label: text(raw.label) ?? text(raw.title),
    image: text(raw.image) ?? text(raw.picture),
    email: firstText(raw.email),
    phone: firstText(raw.phone),
    url: text(raw.url) ?? firstText(raw.website) ?? firstText(raw.websites),
    summary: text(raw.summary),
    location: location(raw.location),
    profiles: profiles(raw.profiles),
  });
}

function work(entry: Json): Json {
  return compact({
    name: text(entry.name) ?? text(entry.company) ?? text(entry.organization),
    position: text(entry.position),
    location: text(entry.location),
    url: text(entry.url) ?? text(entry.website),
    startDate: date(entry.startDate),
    endDate: date(entry.endDate),
    summary: text(entry.summary) ?? text(entry.description),
    highlights: texts(entry.highlights),
  });
}

function volunteer(entry: Json): Json {
  return compact({
    organization: text(entry.organization) ?? text(entry.name) ?? text(entry.company),
    position: text(entry.position),
    url: text(entry.url) ?? text(entry.website),
    startDate: date(entry.startDate),
    endDate: date(entry.endDate),
    summary: text(entry.summary),
    highlights: texts(entry.highlights),
  });
}

function education(entry: Json): Json {
  return compact({
    institution: text(entry.institution),
    url: text(entry.url) ?? text(entry.website),
    area: text(entry.area),
    studyType: text(entry.studyType),
    startDate: date(entry.startDate),
    endDate: date(entry.endDate),
    score: text(entry.score) ?? text(entry.gpa),
    courses: texts(entry.courses),
  });
}

function project(entry: Json): Json {
  return compact({
    name: text(entry.name),
    description: text(entry.description) ?? text(entry.summary),
    highlights: texts(entry.highlights),
    keywords: texts(entry.keywords),
    startDate: date(entry.startDate),
    endDate: date(entry.endDate),
    url: text(entry.url) ?? text(entry.website),
    roles: texts(entry.roles),
    entity: text(entry.entity),
    type: text(entry.type),
  });
}

function mapped<T>(value: unknown, map: (entry: Json) => T): T[] | undefined {
  const entries = list(value).map(map);
  return entries.length > 0 ? entries : undefined;
}

function notAResume(message: string, cause?: unknown): GapwiseError {
  return new GapwiseError('CV_UNREADABLE', {
    message: `${message} Upload a JSON Resume (jsonresume.org) document, or the CV as PDF, DOCX or text.`,
    cause,
  });
}

/**
 * Imports a parsed JSON value (or a JSON string) as a Resume. Throws CV_UNREADABLE when the
 * value is not JSON or does not look like a JSON Resume.
 * @example importJsonResume({ basics: { name: 'Ada' }, work: [{ company: 'Acme' }] })
 */
export function importJsonResume(value: unknown): Resume {
  let source = value;
  if (typeof value === 'string') {
    try {
      source = JSON.parse(value);
    } catch (error) {
      throw notAResume(`The CV is not valid JSON (${(error as Error).message}).`, error);
    }
  }
  if (!isObject(source) || !RESUME_KEYS.some((key) => key in source)) {
    throw notAResume(
      'The JSON does not look like a resume: it has none of basics, work, education or skills.',
    );
  }
  const resume = compact({
    basics: basics(source),
    work: mapped(source.work, work),
    volunteer: mapped(source.volunteer, volunteer),
    education: mapped(source.education, education),
    awards: mapped(source.awards, (entry) =>
      compact({
        title: text(entry.title),
        date: date(entry.date),
        awarder: text(entry.awarder),
        summary: text(entry.summary),
      }),
    ),
    certificates: mapped(source.certificates, (entry) =>
      compact({
        name: text(entry.name),
        date: date(entry.date),
        issuer: text(entry.issuer),
        url: text(entry.url) ?? text(entry.website),
      }),
    ),
    publications: mapped(source.publications, (entry) =>
      compact({
        name: text(entry.name),
        publisher: text(entry.publisher),
        releaseDate: date(entry.releaseDate),
        url: text(entry.url) ?? text(entry.website),
        summary: text(entry.summary),
      }),
    ),
    skills: mapped(source.skills, (entry) =>
      compact({ name: text(entry.name), level: text(entry.level), keywords: texts(entry.keywords) }),
    ),
    languages: mapped(source.languages, (entry) =>
      compact({
        language: text(entry.language) ?? text(entry.name),
        fluency: text(entry.fluency) ?? text(entry.level),
      }),
    ),
    interests: mapped(source.interests, (entry) =>
      compact({ name: text(entry.name), keywords: texts(entry.keywords) }),
    ),
    projects: mapped(source.projects, project),
  });
  return ResumeSchema.parse(resume);
}
