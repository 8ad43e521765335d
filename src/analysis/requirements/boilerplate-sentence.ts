/**
 * Sentences that are never requirements wherever they stand: equal-opportunity statements,
 * salary and benefits, how to apply, and the company talking about itself. Used for postings with
 * no headings, where the section kind cannot tell.
 */
const BOILERPLATE =
  /\b(?:equal opportunit\w*|eeo\b|affirmative action|without regard to|regardless of (?:race|gender|age)|race, colou?r|sexual orientation|gender identity|veteran status|reasonable accommodations?|diversity|inclusive (?:environment|workplace)|salary|compensation|per annum|per year|per hour|\bpto\b|paid time off|vacation|health (?:insurance|care)|dental|vision insurance|401\s?\(?k\)?|retirement|stock options|equity|bonus scheme|to apply|apply now|apply online|apply here|apply today|please apply|apply!|how to apply|committed to (?:diversity|creating|building an inclusive)|by joining|headquartered|our ambition|our culture|perks|submit your (?:resume|cv|application)|send (?:us )?your (?:resume|cv|application)|click apply|date posted|job type|likes:|we offer|we provide|our benefits|we are an?\b|we're an?\b|we are the (?:leading|largest|world)|right to work|verify (?:their |your )?identity|eligib\w+ to work|background check|drug (?:test|screen)|e-verify|we are proud|our mission|our company|founded in|headquartered|flexible (?:work(?:ing)? )?(?:hours|schedules?|working)|work from home|home office|remote[- ]friendly|parental leave|relocation (?:package|assistance|support|bonus)|(?:professional|career) development opportunit\w+|(?:learning|training|education) budget|gym|wellness (?:program|allowance)|company car|free (?:lunch|lunches|snacks|drinks|coffee)|team events|employee discounts?|what's in it for you|wir bieten|wir sind ein|bewirb dich|bewerben sie sich|gehalt|vergütung|urlaubstage)/i;

/** True when a sentence is company, benefits or application boilerplate, never a requirement. */
export function isBoilerplateSentence(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}
