/**
 * Action verbs, for scoring answers (first-person actions) and writing bullets (a strong verb
 * first). Past tense, as CV bullets use them.
 */
export const STRONG_ACTION_VERBS = new Set(
  `accelerated achieved acquired adapted added administered advised analysed analyzed architected arranged assembled assessed audited authored automated balanced benchmarked boosted budgeted built calculated championed changed cleaned closed coached co-founded collaborated collected combined communicated compiled completed composed computed conceived conducted configured consolidated constructed consulted containerised containerized converted coordinated created curated cut debugged decreased defined delivered deployed designed detected developed devised diagnosed directed discovered doubled drafted drove edited educated eliminated enabled engineered enhanced established evaluated executed expanded expedited experimented extended extracted facilitated fixed forecast formulated founded generated grew guided halved handled headed hired identified implemented improved increased influenced initiated innovated inspected installed instituted instrumented integrated interviewed introduced investigated launched lead led lowered maintained managed mapped maximised maximized measured mentored merged migrated minimised minimized modelled modeled modernised modernized monitored motivated moved negotiated onboarded operated optimised optimized orchestrated organised organized overhauled oversaw owned partnered performed piloted pioneered planned presented prioritised prioritized produced profiled programmed promoted prototyped provisioned published raised ran rebuilt recruited redesigned reduced refactored remediated rendered reorganised reorganized replaced reported researched resolved restructured revamped reviewed rewrote saved scaled scheduled secured selected served set shipped shortened simplified solved sped spearheaded standardised standardized started streamlined strengthened structured supervised supported surveyed taught tested tracked trained transformed translated tripled troubleshot tuned unified upgraded validated verified won wrote`.split(
    /\s+/,
  ),
);

/** Verbs that say little about the candidate's own contribution. */
export const WEAK_VERBS = new Set([
  'worked',
  'helped',
  'did',
  'was',
  'were',
  'had',
  'got',
  'used',
  'made',
  'participated',
  'assisted',
  'involved',
  'tried',
]);

// Irregular pasts the rules below get wrong.
const IRREGULAR_PAST: Record<string, string> = {
  build: 'built',
  lead: 'led',
  write: 'wrote',
  run: 'ran',
  make: 'made',
  drive: 'drove',
  grow: 'grew',
  set: 'set',
  cut: 'cut',
  teach: 'taught',
  oversee: 'oversaw',
  take: 'took',
  bring: 'brought',
  speed: 'sped',
  rewrite: 'rewrote',
  rebuild: 'rebuilt',
  do: 'did',
  have: 'had',
  get: 'got',
  win: 'won',
  put: 'put',
  give: 'gave',
  hold: 'held',
  find: 'found',
  keep: 'kept',
  spend: 'spent',
  begin: 'began',
  choose: 'chose',
  think: 'thought',
  sell: 'sold',
  is: 'was',
  am: 'was',
  are: 'were',
};
const IRREGULAR_BASE: Record<string, string> = Object.fromEntries(
  Object.entries(IRREGULAR_PAST).map(([base, past]) => [past, base]),
);

/** The past tense of a verb (`build` → `built`, `manage` → `managed`, `plan` → `planned`). */
export function pastTense(verb: string): string {
  const lower = verb.toLowerCase();
  if (IRREGULAR_PAST[lower]) return IRREGULAR_PAST[lower];
  if (IRREGULAR_BASE[lower] || lower.endsWith('ed')) return lower;
  if (lower.endsWith('e')) return `${lower}d`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lower)) return `${lower}${lower.slice(-1)}ed`;
  return `${lower}ed`;
}

/** The base form of a past-tense verb (`built` → `build`, `migrated` → `migrate`). */
export function baseForm(past: string): string {
  const lower = past.toLowerCase();
  if (IRREGULAR_BASE[lower]) return IRREGULAR_BASE[lower];
  if (!lower.endsWith('ed')) return lower;
  if (lower.endsWith('ied')) return `${lower.slice(0, -3)}y`;
  const stem = lower.slice(0, -2);
  if (/([bdgmnprt])\1$/.test(stem) && !/(ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
  if (
    /(at|iz|is|us|v|g|c|ur|bl|pl|ud|id|od|ir|as|os|in|ag|ar|ut|dl|tl|gl|kl)$/.test(stem) &&
    !/(ow|ew)$/.test(stem)
  ) {
    return `${stem}e`;
  }
  return stem;
}

/** True when `word` reads as a strong past-tense action verb for a bullet's first word. */
export function isStrongActionVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (WEAK_VERBS.has(lower)) return false;
  return STRONG_ACTION_VERBS.has(lower) || (/^[a-z]{4,}ed$/.test(lower) && !NOT_VERBS.has(lower));
}

// Words ending in -ed that are rarely a bullet's verb.
const NOT_VERBS = new Set([
  'needed',
  'based',
  'related',
  'advanced',
  'skilled',
  'detailed',
  'experienced',
  'seed',
  'speed',
  'feed',
]);

/** Phrases that say the candidate owned something, mapped to the bullet verb that says it. */
export const OWNERSHIP_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:was|am|have been)\s+(?:responsible|accountable)\s+for\s+/i, 'Owned'],
  [/^(?:was|am)\s+in\s+charge\s+of\s+/i, 'Led'],
  [/^took\s+(?:over\s+)?ownership\s+of\s+/i, 'Owned'],
  [/^(?:was|am)\s+the\s+(?:lead|owner)\s+(?:on|of|for)\s+/i, 'Led'],
  [/^worked\s+on\s+/i, 'Contributed to'],
  [/^(?:was|am)\s+involved\s+in\s+/i, 'Contributed to'],
  [/^helped\s+(?:to\s+)?/i, 'Helped '],
  [/^set\s+up\s+/i, 'Set up '],
  [/^made\s+/i, 'Created '],
  [/^used\s+/i, 'Used '],
];

/**
 * True for a strong verb in progress, a bullet's first word for ongoing work (`Leading`,
 * `Migrating`, `Running`): `I'm currently leading the migration` is not yet `Led`.
 */
export function isStrongProgressive(word: string): boolean {
  const lower = word.toLowerCase();
  if (!/^[a-z]{3,}ing$/.test(lower)) return false;
  const stem = lower.slice(0, -3);
  const bases = [stem, `${stem}e`, /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : stem];
  return bases.some((base) => isStrongActionVerb(pastTense(base)));
}
