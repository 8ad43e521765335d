/** How a question speaks of a skill: tools are used, methods applied, fields and qualities worked with. */
export type SkillUsage = 'used' | 'applied' | 'worked-with';

const TOOL_CATEGORIES = new Set([
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'devops',
  'tool',
  'data',
  'ml',
  'mobile',
  'testing',
  'security',
  'design',
]);

/** The usage a taxonomy category calls for; an unknown skill is taken for a tool. */
export function skillUsageOf(category: string | undefined): SkillUsage {
  if (category === undefined || TOOL_CATEGORIES.has(category)) return 'used';
  return category === 'methodology' ? 'applied' : 'worked-with';
}
