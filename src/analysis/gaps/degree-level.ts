/** Degree levels, ordered, so "a master's" satisfies "a bachelor's or higher". */
export const DEGREE_LABELS = [
  '',
  'school diploma',
  'associate degree',
  "bachelor's degree",
  "master's degree",
  'doctorate',
];

const LEVEL_PATTERNS: readonly [RegExp, number][] = [
  [/(?<![\p{L}])(?:ph\.?\s?d|doctorate|doctoral|dphil|promotion|doktor|dr\.\s?rer)(?![\p{L}])/iu, 5],
  [
    /(?<![\p{L}])(?:masters?|master's|m\.?\s?sc|m\.\s?s\.|m\.\s?a\.|mba|m\.?\s?eng|m\.?\s?tech|diplom(?:-\w+)?|magister|postgraduate|graduate degree)(?![\p{L}])/iu,
    4,
  ],
  [
    /(?<![\p{L}])(?:bachelors?|bachelor's|b\.?\s?sc|b\.\s?s\.|bs|b\.\s?a\.|ba|b\.?\s?eng|b\.?\s?tech|btech|undergraduate|university degree|college degree|degree|studium|hochschulabschluss|licence|licenciatura)(?![\p{L}])/iu,
    3,
  ],
  [/(?<![\p{L}])(?:associate'?s?(?:\s+degree)?|a\.a\.s?\.?)(?![\p{L}])/iu, 2],
  [
    /(?<![\p{L}])(?:high school|ged|secondary school|a-levels?|abitur|ausbildung|diploma|matura)(?![\p{L}])/iu,
    1,
  ],
];

/** The highest degree level a piece of text names (0 when none). */
export function degreeLevel(text: string): number {
  for (const [pattern, level] of LEVEL_PATTERNS) {
    if (pattern.test(text)) return level;
  }
  return 0;
}

/** A school name that implies a degree course even when the CV does not name the degree. */
export function looksLikeUniversity(text: string): boolean {
  return /universit|college|institute of technology|hochschule|polytechnic|école|escuela|\bschool of\b/i.test(
    text,
  );
}
