import { describe, expect, it } from 'vitest';
import { readLocation } from './cv-location.js';
import { parseCvText } from './parse-cv-text.js';

describe('readLocation', () => {
  it.each([
    [['Priya Raman', 'Pune, Maharashtra, India'], { city: 'Pune', region: 'Maharashtra', countryCode: 'IN' }],
    [
      ['Lee Park', '55 Oak Way, Springfield, IL'],
      { address: '55 Oak Way', city: 'Springfield', region: 'IL' },
    ],
    [['Dana Cole\thello@example.com\t555-123-4567\tNYC, NY'], { city: 'NYC', region: 'NY' }],
    [
      ['12 Harbour St', 'Gotham, USA', 'Sam Ray'],
      { address: '12 Harbour St', city: 'Gotham', countryCode: 'US' },
    ],
    [
      ['Office HQ, Mountain View, CA 94043, USA'],
      { address: 'Office HQ', city: 'Mountain View', region: 'CA', postalCode: '94043', countryCode: 'US' },
    ],
    [
      ['Eva Roth', 'Musterstraße 1, 10115 Berlin, Deutschland'],
      { address: 'Musterstraße 1', postalCode: '10115', city: 'Berlin', countryCode: 'DE' },
    ],
    [['Phone: 0000\t\tResidence: Haifa, Israel'], { city: 'Haifa', countryCode: 'IL' }],
    [['Residence:\t\tPetah Tikva'], { city: 'Petah Tikva' }],
    [['location Bat Yam \t\t email'], { city: 'Bat Yam' }],
    [['Wohnort: Köln'], { city: 'Köln' }],
  ])('reads %j', (head, expected) => {
    expect(readLocation(head)).toEqual(expected);
  });

  it.each([
    [['Languages: English, Russian']],
    [['Java, Spring Boot, Angular']],
    [['React, Redux, UI']],
    [['Ada Lovelace', 'ada@example.com | linkedin.com/in/ada']],
    [['Backend Engineer', '2019 - 2023']],
  ])('finds no place in %j', (head) => {
    expect(readLocation(head)).toBeUndefined();
  });
});

describe('parseCvText', () => {
  it('puts the heading block location into basics.location', () => {
    const resume = parseCvText(
      [
        'Ada Lovelace',
        'Software Engineer',
        'London, UK | ada@example.com',
        '',
        'EXPERIENCE',
        'Engineer, Acme\tJan 2019 – Present',
        '• Built the billing service',
      ].join('\n'),
    );
    expect(resume.basics?.location).toEqual({ city: 'London', countryCode: 'GB' });
    expect(resume.basics?.name).toBe('Ada Lovelace');
  });
});
