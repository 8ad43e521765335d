/**
 * Phrases that contain a skill's alias but are not the skill. They match like aliases (longest wins)
 * and yield nothing, so `C-level` never reports C and `go-live` never reports Go.
 */
export const NON_SKILL_PHRASES: readonly string[] = [
  'c-level', 'c-suite', 'c level', 'c suite', 'c-level executives', 'vitamin c', 'usb-c', 'type-c', 'grade c', 'class c', 'plan c',
  'go-live', 'go live', 'go-lives', 'go-getter', 'go getter', 'good to go', 'go ahead', 'go beyond', 'go above and beyond', 'on the go', 'let us go',
  'spring semester', 'spring term', 'spring break', 'spring season', 'spring/summer', 'rust belt', 'ruby red',
  'express interest', 'express delivery', 'american express', 'express entry', 'express mail',
  'excel at', 'excel in', 'access to', 'word of mouth', 'in a word', 'in other words',
  'lean on', 'lean in', 'lean into', 'swift response', 'swift action',
  'r&r', 'a&r', 'vision statement', 'shell company', 'shell oil',
  'rails to', 'node of', 'flask of', 'less than', 'more or less', 'no less', 'much less', 'regardless',
  'health insurance', 'dental insurance', 'vision insurance', 'life insurance', 'medical insurance', 'disability insurance',
  'insurance benefits', 'healthcare benefits', 'health care benefits', 'healthcare coverage', 'healthcare plan', 'health care plan',
  'recruitment process', 'recruiting process', 'recruitment agency', 'recruitment agencies', 'recruitment team', 'recruiting team',
  'communication between', 'communication protocol', 'communication protocols', 'inter-service communication', 'interprocess communication', 'inter-process communication', 'serial communication', 'wireless communication',
  'make sure', 'make it', 'spark joy', 'spark interest', 'spark conversations', 'unity in',
];
