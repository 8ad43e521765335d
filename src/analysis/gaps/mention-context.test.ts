import { describe, expect, it } from 'vitest';
import { qualifyMention } from './mention-context.js';

function qualify(text: string, term: string) {
  const start = text.indexOf(term);
  return qualifyMention(text, start, start + term.length);
}

describe('qualifyMention', () => {
  it.each([
    ['No experience with Go', 'Go'],
    ['I have never used Kubernetes', 'Kubernetes'],
    ['Would like to learn Kubernetes next year', 'Kubernetes'],
    ['Eager to learn Rust and Go', 'Go'],
    ['Currently learning Terraform', 'Terraform'],
    ['Not yet familiar with GraphQL', 'GraphQL'],
    ['Kubernetes (learning)', 'Kubernetes'],
    ['Keine Erfahrung mit Java', 'Java'],
  ])('reads "%s" as negative', (text, term) => {
    expect(qualify(text, term)).toBe('negative');
  });

  it.each([
    ['Basic knowledge of Python', 'Python'],
    ['Go (basic)', 'Go'],
    ['Limited exposure to Scala', 'Scala'],
    ['Grundkenntnisse in SQL', 'SQL'],
  ])('reads "%s" as lowered', (text, term) => {
    expect(qualify(text, term)).toBe('lowered');
  });

  it.each([
    ['Built the payments API in Node.js', 'Node.js'],
    ['Cut deploys to zero downtime with no manual steps using Kubernetes', 'Kubernetes'],
    ['No experience with Go. Built services in Node.js', 'Node.js'],
    ['Never missed a deadline; shipped React apps', 'React'],
    ['Java, not Kotlin, for the backend', 'Java'],
  ])('reads "%s" as plain', (text, term) => {
    expect(qualify(text, term)).toBe('plain');
  });
});
