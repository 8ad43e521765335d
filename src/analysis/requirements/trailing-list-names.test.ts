import { describe, expect, it } from 'vitest';
import { extractRequirements } from './extract-requirements.js';
import { trailingListNames } from './skill-groups.js';

/** The keyword lists of a job whose requirements section is the given bullets. */
function keywordsOf(...bullets: string[]): string[][] {
  const jobText = `Java Developer\n\nRequirements\n${bullets.map((bullet) => `- ${bullet}`).join('\n')}`;
  return extractRequirements({ jobText }).requirements.map((requirement) => requirement.keywords);
}

describe('unknown names after the last known skill of a list', () => {
  it('stay in the requirement: "JSF, Wicket or GWT" is one choice of three', () => {
    expect(keywordsOf('Experience with a web framework: JSF, Wicket or GWT')).toEqual([
      ['Jakarta Servlets', 'wicket', 'gwt'],
    ]);
  });

  it('keep the last name when a generic word or an open end closes the list', () => {
    expect(keywordsOf('Experience with JSF, Wicket or GWT frameworks')).toEqual([
      ['Jakarta Servlets', 'wicket', 'gwt'],
    ]);
    expect(keywordsOf('Experience with Kafka, Pulsar or similar')).toEqual([['Apache Kafka', 'pulsar']]);
    expect(keywordsOf('JSF, Wicket or GWT with Docker')).toEqual([
      ['Jakarta Servlets', 'wicket', 'gwt'],
      ['Docker'],
    ]);
  });

  it('take a lone name after a lone skill only when it reads as a product', () => {
    expect(keywordsOf('Experience with JSF or GWT')).toEqual([['Jakarta Servlets', 'gwt']]);
    expect(keywordsOf('Consulting experience, preferably with IT consulting or Big 4')).not.toContainEqual(
      expect.arrayContaining(['big 4']),
    );
  });

  it('are not taken from prose, spoken languages or German nouns after the list', () => {
    const keywords = [
      ...keywordsOf('Java, Spring and English'),
      ...keywordsOf('Java, Spring and Good communication skills'),
      ...keywordsOf('Kenntnisse in Python, Django und Teamfähigkeit'),
      ...keywordsOf('Java and Spring, Hamburg office preferred'),
    ].flat();
    expect(keywords).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:english|good|teamfähigkeit|hamburg)/)]),
    );
    expect(keywords).toEqual(expect.arrayContaining(['Java', 'Spring Framework', 'Python', 'Django']));
  });
});

describe('trailingListNames', () => {
  it('reads a clean list tail up to the end of the clause', () => {
    expect(trailingListNames(', Wicket or GWT. Nice to have: Docker')).toEqual({
      names: ['Wicket', 'GWT'],
      choice: true,
    });
    expect(trailingListNames(', Wicket and Vaadin')).toEqual({ names: ['Wicket', 'Vaadin'], choice: false });
  });

  it('takes nothing when the text after the names is prose or does not continue a list', () => {
    expect(trailingListNames(', Wicket and then we deploy it')).toBeUndefined();
    expect(trailingListNames(' in Wicket')).toBeUndefined();
    expect(trailingListNames(', A, B, C, D and E')).toBeUndefined();
  });
});
