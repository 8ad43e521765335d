import type { CvDocument, Gap, InterviewLanguage, Question } from '../../domain/index.js';
import { germanQuestion } from './german-question.js';
import { findRelatedExperience, type RelatedExperience } from './related-experience.js';
import { requirementTopic } from './requirement-topic.js';
import { categoryOf, skillFor } from './skill-knowledge.js';
import { skillUsageOf } from './skill-usage.js';
import { joinAnd, pick, tidyClause, truncateWords, upperFirst } from './text-tools.js';

/**
 * The adaptive question for a gap: a template for the requirement's kind, filled with the
 * candidate's most related experience (employer, project, technology they do have). Wording
 * varies by gap but deterministically, so a resumed session asks the same question. Written in
 * the session's language (English by default; German addresses the candidate as "Sie").
 */
export function generateOfflineQuestion(input: {
  cv: CvDocument;
  gap: Gap;
  language?: InterviewLanguage;
}): Question {
  const { cv, gap } = input;
  const related = findRelatedExperience(cv, gap);
  if (input.language === 'de') return { id: `q-${gap.id}`, gapId: gap.id, ...germanQuestion(gap, related) };
  const text = questionText(gap, related);
  return {
    id: `q-${gap.id}`,
    gapId: gap.id,
    text,
    ...(related ? { anchor: anchorOf(related) } : {}),
  };
}

function anchorOf(related: RelatedExperience): string {
  const where = related.entry.section === 'projects' ? related.label : `at ${related.label}`;
  return related.focus ? `${related.focus} ${where}` : upperFirst(related.label);
}

function questionText(gap: Gap, related: RelatedExperience | undefined): string {
  const requirement = gap.requirement;
  const topic = requirementTopic(requirement);
  const seed = `${gap.id}:${topic}`;
  const category = requirement.keywords[0] ? categoryOf(requirement.keywords[0]) : undefined;
  const where = related ? placeOf(related) : undefined;
  const verb = verbFor(category);
  const at = related ? atPlace(related) : '';
  const At = upperFirst(at);

  if (
    (requirement.kind === 'skill' || requirement.kind === 'experience') &&
    !requirement.keywords.some((keyword) => skillFor(keyword))
  ) {
    // Not a skill the taxonomy knows ("willingness to travel", "mid-level"): quote the job itself.
    const wanted = truncateWords(tidyClause(requirement.text), 20);
    return `The job asks for: “${wanted}”. What in your background${where ? ` — ${at} or elsewhere —` : ''} speaks to that? Give one concrete example and what came of it.`;
  }
  if (requirement.kind === 'language' || category === 'spoken-language') {
    return `The role asks for ${topic}. Where have you used ${topic} at work${where ? ` — ${at}, for instance` : ''}? With whom, for what, and at what level?`;
  }
  if (requirement.kind === 'soft-skill' || category === 'soft-skill') {
    return pick(
      [
        `The role asks for ${topic}. Think of one moment${where ? ` ${at}` : ''} where you showed it: what was the situation, what did you do yourself, and what changed as a result?`,
        `${where ? `${At}, was` : 'Was'} there a time when ${topic} made the difference? Tell me the situation, what you personally did, and the outcome.`,
      ],
      seed,
    );
  }
  if (requirement.kind === 'certification' || category === 'certification') {
    return `The role asks for ${topic}. Do you hold it, or are you working towards it? If not, what hands-on work${where ? ` ${at}` : ''} covers the same ground, and what came of it?`;
  }
  if (requirement.kind === 'education') {
    return `The role asks for ${requirement.text.replace(/[.\s]+$/, '')}. Did your studies or your work${where ? ` ${at}` : ''} cover ${topic}? Which courses, projects or results show it?`;
  }
  const lead = related ? leadSentence(related, topic, seed) : undefined;
  if (requirement.kind === 'experience' && requirement.minYears !== undefined) {
    const shown = gap.evidence.find((e) => e.years !== undefined)?.years;
    // "(at OpenAI)" after "does not show how long" read as a riddle; say what the CV shows where.
    const shownText =
      shown !== undefined
        ? `your CV shows about ${formatYears(shown)}${related?.mentionsGapSkill ? ` ${at}` : ''}`
        : related?.mentionsGapSkill
          ? `your CV shows it ${at}, but not for how long`
          : 'your CV does not show how long';
    const whereAsk =
      shown !== undefined || related?.mentionsGapSkill
        ? `Where else have you ${verb.participle} ${topic} — earlier roles, freelance or side projects —`
        : `Where have you ${verb.participle} ${topic} — in a role, freelance or in side projects —`;
    return `The role asks for ${requirement.minYears}+ years of ${topic}, and ${shownText}. ${whereAsk} for how long, and what did you deliver?`;
  }
  if (lead && related?.mentionsGapSkill) return lead;
  if (related?.listedGapSkill) {
    // Names only what the analysis found listed, not every skill of the gap.
    const it = related.listedGapTerms.length > 1 ? 'them' : 'it';
    return `Your CV lists ${joinAnd(related.listedGapTerms)}, but none of your roles shows ${it}. Where did you ${verb.base} ${it} — ${at} or elsewhere — what did you do with ${it} yourself, and what came of it?`;
  }
  if (lead) {
    const ask = pick(
      [
        `did any of it involve ${topic} or something similar? ${verb.ask}, and what came of it?`,
        `did ${topic} play a part there or anywhere else? Tell me what you did yourself and what the result was.`,
        `have you ${verb.participle} ${topic} in that work or elsewhere? Describe one piece of work: your part in it and the outcome.`,
      ],
      seed,
    );
    return `${lead} — ${ask}`;
  }
  if (related && related.listedTerms.length > 0) {
    return `Your CV lists ${joinAnd(related.listedTerms)} — ${at} or elsewhere, did you also ${verb.base} ${topic} or something similar? ${verb.ask}, and what came of it?`;
  }
  if (where) {
    return pick(
      [
        `In your time ${at}, did you ${verb.base} ${topic} or anything close to it? If so, ${verb.ask.toLowerCase()}, and what came of it?`,
        `Did ${topic} come up in your work ${at}, or somewhere else? Describe one thing you did with it yourself and the result.`,
      ],
      seed,
    );
  }
  return `Have you ${verb.participle} ${topic} anywhere — at work, in a side project or while studying? Describe one concrete thing you did with it, your own part, and what came of it.`;
}

function leadSentence(related: RelatedExperience, topic: string, seed: string): string | undefined {
  const at = atPlace(related);
  const At = upperFirst(at);
  const onFocus = related.focus ? ` on ${related.focus}` : '';
  if (related.mentionsGapSkill) {
    return pick(
      [
        `Your CV mentions ${topic} ${at}${onFocus}, but says little about it. What exactly did you do with ${topic} there, how big was it, and what was the result?`,
        `You list ${topic} ${at}${onFocus} — can you tell me more? What was your own part, at what scale, and what came of it?`,
      ],
      seed,
    );
  }
  if (related.relatedTerms.length === 0) return undefined;
  const tech = joinAnd(related.relatedTerms);
  return pick(
    [
      related.focus ? `Your work${onFocus} ${at} used ${tech}` : `${At} you worked with ${tech}`,
      `Your CV shows ${tech} ${at}${onFocus}`,
      related.focus
        ? `${At} you worked with ${tech}${onFocus}`
        : related.entry.section === 'projects'
          ? `${upperFirst(related.label)} involved ${tech}`
          : `Your time ${at} involved ${tech}`,
    ],
    seed,
  );
}

function placeOf(related: RelatedExperience): string {
  return related.label;
}

function verbFor(category: string | undefined): { base: string; participle: string; ask: string } {
  const usage = skillUsageOf(category);
  if (usage === 'used') return { base: 'use', participle: 'used', ask: 'What did you build with it' };
  if (usage === 'applied') return { base: 'apply', participle: 'applied', ask: 'What did you do' };
  return { base: 'work with', participle: 'worked with', ask: 'What did you do' };
}

/** `at Acme`, or `in your Atlas project`. */
function atPlace(related: RelatedExperience): string {
  return `${related.entry.section === 'projects' ? 'in' : 'at'} ${related.label}`;
}

function formatYears(years: number): string {
  const rounded = Math.round(years * 2) / 2;
  return `${rounded} year${rounded === 1 ? '' : 's'}`;
}
