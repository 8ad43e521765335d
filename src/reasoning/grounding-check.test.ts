import { describe, expect, it } from 'vitest';
import { checkGrounding, findNumbers } from './grounding-check.js';

const CV =
  'Dana Example\nBackend Engineer — Acme Payments\n- Built the payments API in Node.js for 40 merchants\n- Ran k8s clusters';
const ANSWER =
  'I built an export pipeline on AWS Lambda that handles 2M records a day; it cut costs by 35 percent and made exports 3 times faster, saving 1.2 million dollars.';

describe('checkGrounding', () => {
  it('accepts a bullet whose facts all come from the CV and the answers', () => {
    const result = checkGrounding({
      text: 'Built an export pipeline on AWS Lambda at Acme Payments handling 2M records a day, cutting costs by 35% and saving $1.2M',
      sources: [CV, ANSWER],
    });
    expect(result).toEqual({ grounded: true, ungroundedClaims: [] });
  });

  it('normalises percent, multipliers, scale words and currency', () => {
    const sources = [
      'costs fell 40 percent',
      'builds got 3x faster',
      'we saved €5k',
      'sales of 1,200,000 units',
    ];
    expect(checkGrounding({ text: 'Cut costs by 40%', sources }).grounded).toBe(true);
    expect(checkGrounding({ text: 'Made builds 3 times faster', sources }).grounded).toBe(true);
    expect(checkGrounding({ text: 'Saved €5,000', sources }).grounded).toBe(true);
    expect(checkGrounding({ text: 'Drove sales of 1.2M units', sources }).grounded).toBe(true);
  });

  it('flags an invented number', () => {
    const result = checkGrounding({ text: 'Cut costs by 60% on AWS Lambda', sources: [CV, ANSWER] });
    expect(result.grounded).toBe(false);
    expect(result.ungroundedClaims).toEqual(['60%']);
  });

  it('does not let a plain number ground an amount of money', () => {
    const result = checkGrounding({ text: 'Saved $40 per merchant', sources: [CV] });
    expect(result.ungroundedClaims).toEqual(['$40']);
  });

  it('flags an invented tool, including in lower case', () => {
    const result = checkGrounding({
      text: 'Built the payments API in Node.js with terraform and Kafka',
      sources: [CV],
    });
    expect(result.ungroundedClaims).toEqual(['terraform', 'Kafka']);
  });

  it('checks the rest of a name whose first word is a known tool', () => {
    const result = checkGrounding({
      text: 'Integrated Stripe Connect',
      sources: ['I integrated Stripe for payouts'],
    });
    expect(result.ungroundedClaims).toEqual(['Connect']);
  });

  it('lets a common-word skill match its stem, and ignores connecting words in Title Case', () => {
    const sources = ['I tuned the slowest queries with new indexes; response time went from 800ms to 120ms'];
    expect(checkGrounding({ text: 'Tuned slow queries using indexing', sources }).grounded).toBe(true);
    expect(checkGrounding({ text: 'Cut Response Time From 800ms To 120ms', sources }).grounded).toBe(true);
    expect(checkGrounding({ text: 'Cut P95 Latency From 800ms To 90ms', sources }).ungroundedClaims).toEqual([
      'P95 Latency',
      '90ms',
    ]);
  });

  it('does not treat soft skills as facts', () => {
    expect(
      checkGrounding({ text: 'Showed leadership and problem solving at Acme Payments', sources: [CV] })
        .grounded,
    ).toBe(true);
  });

  it('is alias-aware: k8s in the CV grounds Kubernetes', () => {
    expect(checkGrounding({ text: 'Operated Kubernetes clusters', sources: [CV] }).grounded).toBe(true);
  });

  it('flags an invented company and product name', () => {
    const result = checkGrounding({
      text: 'Built the payments API at Google for Initech Portal',
      sources: [CV],
    });
    expect(result.ungroundedClaims).toEqual(['Google', 'Initech Portal']);
  });

  it('treats action verbs and common words at a sentence start as no claim, case-insensitively elsewhere', () => {
    const result = checkGrounding({
      text: 'Led the Payments API work at ACME payments. Maintained it for 40 Merchants',
      sources: [CV],
    });
    expect(result).toEqual({ grounded: true, ungroundedClaims: [] });
  });

  it('flags an acronym even at a sentence start', () => {
    expect(checkGrounding({ text: 'ZRX exports for 40 merchants', sources: [CV] }).ungroundedClaims).toEqual([
      'ZRX',
    ]);
    expect(checkGrounding({ text: 'GDPR-compliant exports', sources: [CV] }).ungroundedClaims).toEqual([
      'GDPR',
    ]);
  });
});

describe('findNumbers', () => {
  it('reads currency, scale and unit', () => {
    const [money, share, speed] = findNumbers('saved $1.2M, 40 percent less, 3x faster');
    expect(money).toMatchObject({ value: 1_200_000, kind: 'currency:USD', surface: '$1.2M' });
    expect(share).toMatchObject({ value: 40, kind: 'percent' });
    expect(speed).toMatchObject({ value: 3, kind: 'times' });
  });

  it('ignores digits inside names (EC2, p99, v2)', () => {
    expect(findNumbers('EC2 p99 v2')).toEqual([]);
  });
});
