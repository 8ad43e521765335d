/** A degree a clause asks for: the levels named (lowest first) and the fields of study. */
export interface DegreeAsk {
  /** Normalised level labels: `school diploma`, `associate degree`, `bachelor's degree`, `master's degree`, `doctorate`. */
  levels: string[];
  /** Fields of study as written, lower-cased (`computer science`, `engineering`). */
  fields: string[];
}

const LEVELS: readonly [RegExp, string][] = [
  [/(?<!\p{L})(?:high school|ged|secondary school|a-levels?|abitur|matura)(?!\p{L})/iu, 'school diploma'],
  [/(?<!\p{L})associate'?s? degree(?!\p{L})/iu, 'associate degree'],
  [
    /(?<!\p{L})(?:bachelor'?s?|b\.?\s?sc?\.?|bs|ba|b\.\s?a\.|b\.?\s?eng|b\.?\s?tech|undergraduate|university degree|college degree|hochschulabschluss|abgeschlossenes studium|studium)(?!\p{L})/iu,
    "bachelor's degree",
  ],
  [
    /(?<!\p{L})(?:master'?s?|m\.?\s?sc?\.?|ms|m\.\s?a\.|mba|m\.?\s?eng|diplom|graduate degree|postgraduate)(?!\p{L})/iu,
    "master's degree",
  ],
  [/(?<!\p{L})(?:ph\.?\s?d\.?|doctorate|doctoral degree|promotion|doktor)(?!\p{L})/iu, 'doctorate'],
];

/** Cheap guard: letters every degree pattern needs, tried before the full patterns. */
const DEGREE_HINT =
  /\b(?:b|m|ph|d|high|ged|sec|a-|abi|mat|ass|bach|mast|under|univ|coll|hoch|abg|stud|grad|post|doc|prom|dok|dipl|qual)/i;

/**
 * A degree named without a level ("a degree in physics", "university degree"): read as a
 * bachelor's, the usual meaning in job ads. "A high degree of accuracy" is not a degree.
 */
const GENERIC_DEGREE =
  /\b(?:degree|diploma)\s+(?:in|from)\b|\b(?:university|college|academic|technical|relevant|related|engineering|science|undergraduate|graduate|4-year|four-year)\s+(?:degree|diploma)\b|\bdegree\s+or\s+(?:equivalent|higher)\b|^\s*(?:a\s+)?degree\b/i;

/** The clause really is about a degree (not "BS" in "BS detector"): a degree word or a field follows. */
const DEGREE_CONTEXT =
  /(?<!\p{L})(?:degree|diploma|studium|abschluss|hochschul|universit|in|of|or|\/)(?!\p{L})/iu;

/** Where the degree is named: fields of study follow it ("BS in CS"), words before it are not fields. */
const DEGREE_HINT_WORD =
  /(?<!\p{L})(?:bachelor|master|mba|ph\.?\s?d|doctor|degree|diploma|studium|hochschul|abitur|high school|ged|b\.?\s?sc?|m\.?\s?sc?|bs|ms|ba|ma)(?!\p{L})/iu;

/** Degree words that cannot mean anything else (unlike `BS`, `MS`, `BA`, or "degree of"). */
const UNAMBIGUOUS_DEGREE =
  /bachelor|master's|masters|\bmba\b|ph\.?\s?d|doctorate|studium|hochschul|abitur|high school|\bged\b/i;

const NOT_A_FIELD =
  /^(?:a |an |the )?(?:related|relevant|similar|equivalent|comparable|technical|quantitative|other)?\s*(?:field|subject|discipline|area|degree|experience|fields|subjects|disciplines)?s?$|equivalent|related|similar|vergleichbar/i;

function fieldsOf(clause: string): string[] {
  const degreeAt = clause.search(DEGREE_HINT_WORD);
  const afterDegree = degreeAt >= 0 ? clause.slice(degreeAt) : clause;
  const inField =
    /(?<!\p{L})(?:in|of|der|im|in der)\s+((?:[\p{L}][\p{L}&' -]*)(?:\s*(?:,|\/|\bor\b|\band\b|\boder\b|\bund\b)\s*[\p{L}][\p{L}&' -]*)*)/iu.exec(
      afterDegree.replace(/\b(?:the\s+)?(?:fields?|area|subjects?|disciplines?)\s+of\s+/i, ''),
    );
  if (!inField?.[1]) return [];
  return inField[1]
    .split(/\s*(?:,|\/|\bor\b|\band\b|\boder\b|\bund\b)\s*/i)
    .map((field) =>
      field
        .trim()
        .toLowerCase()
        .replace(/^(?:a|an|the)\s+/, ''),
    )
    .filter((field) => field.length > 1 && !NOT_A_FIELD.test(field))
    .map((field) => field.split(/\s+/).slice(0, 4).join(' '));
}

/** The degree a clause asks for, or undefined when it names none. */
export function findDegreeAsk(clause: string): DegreeAsk | undefined {
  if (!DEGREE_HINT.test(clause)) return undefined;
  const levels = LEVELS.filter(([pattern]) => pattern.test(clause)).map(([, label]) => label);
  if (levels.length === 0 && GENERIC_DEGREE.test(clause) && /degree|diploma/i.test(clause))
    levels.push("bachelor's degree");
  if (levels.length === 0) return undefined;
  if (!UNAMBIGUOUS_DEGREE.test(clause) && !DEGREE_CONTEXT.test(clause)) return undefined;
  return { levels, fields: fieldsOf(clause) };
}
