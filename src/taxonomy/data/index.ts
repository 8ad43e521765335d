import type { SkillRow } from '../skill-row.js';
import { CERTIFICATIONS } from './certifications.js';
import { CLOUD_DEVOPS } from './cloud-devops.js';
import { DATA_ML } from './data-ml.js';
import { DATABASES } from './databases.js';
import { DESIGN } from './design.js';
import { DOMAINS } from './domains.js';
import { FINANCE_HR_OPERATIONS } from './finance-hr-operations.js';
import { MARKETING_SALES } from './marketing-sales.js';
import { MOBILE_TESTING_SECURITY } from './mobile-testing-security.js';
import { PRODUCT_METHODOLOGY } from './product-methodology.js';
import { PROGRAMMING_LANGUAGES } from './programming-languages.js';
import { SOFT_SKILLS } from './soft-skills.js';
import { SPOKEN_LANGUAGES } from './spoken-languages.js';
import { TOOLS } from './tools.js';
import { WEB_FRAMEWORKS } from './web-frameworks.js';

export { NON_SKILL_PHRASES } from './non-skill-phrases.js';

/** Every curated skill row, all domains together. */
export const SKILL_ROWS: readonly SkillRow[] = [
  ...PROGRAMMING_LANGUAGES,
  ...WEB_FRAMEWORKS,
  ...DATABASES,
  ...CLOUD_DEVOPS,
  ...DATA_ML,
  ...MOBILE_TESTING_SECURITY,
  ...TOOLS,
  ...DESIGN,
  ...PRODUCT_METHODOLOGY,
  ...MARKETING_SALES,
  ...FINANCE_HR_OPERATIONS,
  ...SOFT_SKILLS,
  ...CERTIFICATIONS,
  ...SPOKEN_LANGUAGES,
  ...DOMAINS,
];
