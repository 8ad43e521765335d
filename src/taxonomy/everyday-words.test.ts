import { describe, expect, it } from 'vitest';
import { getSkillTaxonomy } from './index.js';

const taxonomy = getSkillTaxonomy();
const found = (text: string) => taxonomy.findMentions(text).map((mention) => mention.skill.name);

describe('everyday words in job and CV prose', () => {
  it.each([
    ['Optimize application for maximum speed and scalability.', 'Auto Scaling'],
    ['This role sets the strategy for the product line.', 'Strategic Planning'],
    ['We value innovation and ownership.', 'Innovation Management'],
    ['A fast paced, dynamic, and entrepreneurial organization.', 'Entrepreneurship'],
    ['Assess partnerships and licensing opportunities.', 'Intellectual Property'],
    ['Support continuous improvement of the platform.', 'Lean'],
    ['Perform product demos to customers.', 'Pre-Sales'],
    ['Translating business requirements into technical designs.', 'Translation'],
    ['Interpreting data from several sources.', 'Translation'],
    ['Video editing for the marketing team.', 'Copy Editing'],
    ['Built the billing service in Go.', 'Accounts Receivable'],
    ['Led the payments team.', 'Banking'],
    ['Trained image segmentation models.', 'Customer Segmentation'],
    ['Improved system resilience with retries.', 'Adaptability'],
    ['Published packages; publishing pipeline.', 'Media and Entertainment'],
    ['Performance benchmarking of the query engine.', 'Competitive Analysis'],
    ['Senior consultant at a software company.', 'Management Consulting'],
    ['Server consolidation onto fewer hosts.', 'Financial Reporting'],
    ['Questions about the recruitment process? Call us.', 'Recruiting'],
    ['Design communication protocols between services.', 'Communication'],
    ['RESTful services for communication between frontend and backend.', 'Communication'],
    ['No third party recruitment agencies please.', 'Recruiting'],
  ])('does not read %j as %s', (text, skill) => {
    expect(found(text)).not.toContain(skill);
  });

  it.each([
    ['Configured auto-scaling groups on EC2.', 'Auto Scaling'],
    ['Owned the business strategy for EMEA.', 'Strategic Planning'],
    ['Ran the innovation management programme.', 'Innovation Management'],
    ['Applied Kaizen and lean principles on the line.', 'Lean'],
    ['Software analysis, programming, testing, and debugging.', 'Software Engineering'],
    ['Proven hands-on software development experience.', 'Software Engineering'],
    ['Customer segmentation with RFM analysis.', 'Customer Segmentation'],
    ['Five years in technical recruitment and sourcing.', 'Recruiting'],
    ['Excellent communication with stakeholders.', 'Communication'],
    ['You are able to work independently.', 'Initiative'],
    ['A structured way of working.', 'Organisational Skills'],
  ])('still reads %j as %s', (text, skill) => {
    expect(found(text)).toContain(skill);
  });
});

describe('scan', () => {
  it('reports where a phrase only looks like a skill, beside the real mentions', () => {
    const text = 'Led the go-live of the Go services';
    const { mentions, nonSkill } = taxonomy.scan(text);
    expect(mentions.map((mention) => mention.surface)).toEqual(['Go']);
    expect(nonSkill.map((span) => text.slice(span.start, span.end))).toEqual(['go-live']);
  });
});
