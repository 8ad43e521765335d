/**
 * What a section of a job text is for, which sets the default priority of what it asks:
 * - `requirements`: must-haves (Requirements, Qualifications, What you bring, Ihr Profil…)
 * - `nice-to-have`: extras (Nice to have, Preferred, Bonus, Wünschenswert…)
 * - `responsibilities`: the work itself; skills named here are implied requirements
 * - `boilerplate`: company blurb, benefits, salary, EEO, how to apply: never requirements
 * - `general`: an untitled or neutral part (intro, "Job description", a posting with no headings)
 */
export type SectionKind = 'requirements' | 'nice-to-have' | 'responsibilities' | 'boilerplate' | 'general';

/**
 * Heading cues, tried in order: the first match wins, so the more specific cues come first
 * ("Preferred qualifications" is nice-to-have, "About you" is requirements, "About us" boilerplate).
 */
const HEADING_CUES: readonly [RegExp, SectionKind][] = [
  // Posting metadata ("Experience level: Senior", "Company size: 1k–5k") before the words it contains.
  [
    /\b(?:experience level|seniority(?: level)?|job level|career level|industry|company size|company type|employment type|contract type|job type|date posted|start date|additional information|further information|other information|company description|more information)\b/i,
    'boilerplate',
  ],
  [
    /\b(?:nice[- ]?to[- ]?haves?|not required|preferred|bonus|desirable|desired|plus(?:punkte?)?|extra credit|extra points|bonus points|would be (?:great|nice)|good to have|optional|wünschenswert|von vorteil|kann[- ]kriterien|idealerweise|pluspunkte?)\b/i,
    'nice-to-have',
  ],
  [
    /\b(?:about you|who you are|your profile|ideal candidate|you are|you have|you bring|you'll bring|you will bring|you'll need|you will need|what we're looking for|what we are looking for|what you bring|what you'll bring|what you need|we're looking for|looking for|ihr profil|dein profil|was du mitbringst|was sie mitbringen|das bringst du mit|das bringen sie mit)\b/i,
    'requirements',
  ],
  [
    /\b(?:about us|about the company|about the team|who we are|our company|the company|company|our story|our mission|our values|culture|benefits|perks|what we offer|we offer|what's in it for you|what is in it for you|why join|why us|reasons to work|reasons to join|why work|why you'll love|compensation|salary|pay range|pay|equal opportunit\w*|eeo|diversity|inclusion|how to apply|to apply|application|apply|contact|location|job type|date posted|disclaimer|privacy|unternehmensprofil|über uns|wir bieten|was wir bieten|unser angebot|benefits|bewerbung|kontakt|gehalt|vergütung|standort|das bieten wir)\b/i,
    'boilerplate',
  ],
  [
    /\b(?:responsibilit\w*|duties|what you'll do|what you will do|what you'll be doing|you will|you'll|your role|the role|role|your tasks|tasks|day[- ]to[- ]day|in this role|your mission|your impact|key accountabilities|aufgaben|deine aufgaben|ihre aufgaben|tätigkeiten|aufgabengebiet|das erwartet dich|das erwartet sie|deine rolle|ihre rolle)\b/i,
    'responsibilities',
  ],
  [
    /\b(?:requirements?|required|must[- ]?haves?|must|qualifications?|skills?|competenc\w*|experience|essential|minimum|basic|prerequisites?|knowledge|profile|anforderungen|muss[- ]kriterien|qualifikation\w*|kenntnisse|voraussetzungen|fähigkeiten|profil)\b/i,
    'requirements',
  ],
  [
    /\b(?:job description|description|overview|summary|position|the job|the opportunity|opportunity|primary purpose|purpose|introduction|stellenbeschreibung|stellenangebot|über die stelle|die stelle)\b/i,
    'general',
  ],
];

/** The kind of section a heading opens, or undefined when the heading gives no cue. */
export function classifySectionHeading(heading: string): SectionKind | undefined {
  const text = heading
    .replace(/[*_#`:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, kind] of HEADING_CUES) {
    if (pattern.test(text)) return kind;
  }
  return undefined;
}
