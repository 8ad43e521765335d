/**
 * Country names as CVs write them, to ISO 3166-1 alpha-2 codes (JSON Resume's `countryCode`).
 * Only countries a CV's heading names often; an unknown country is kept as the region instead.
 */
const COUNTRY_CODES: Record<string, string> = {
  usa: 'US',
  us: 'US',
  'u.s.': 'US',
  'u.s.a.': 'US',
  'united states': 'US',
  'united states of america': 'US',
  uk: 'GB',
  'united kingdom': 'GB',
  england: 'GB',
  scotland: 'GB',
  germany: 'DE',
  deutschland: 'DE',
  austria: 'AT',
  österreich: 'AT',
  switzerland: 'CH',
  schweiz: 'CH',
  france: 'FR',
  spain: 'ES',
  italy: 'IT',
  portugal: 'PT',
  netherlands: 'NL',
  'the netherlands': 'NL',
  belgium: 'BE',
  ireland: 'IE',
  denmark: 'DK',
  sweden: 'SE',
  norway: 'NO',
  finland: 'FI',
  poland: 'PL',
  ukraine: 'UA',
  russia: 'RU',
  israel: 'IL',
  india: 'IN',
  china: 'CN',
  japan: 'JP',
  singapore: 'SG',
  australia: 'AU',
  canada: 'CA',
  brazil: 'BR',
  mexico: 'MX',
};

/** The ISO code of a country name as written ("USA", "Deutschland"), or undefined. */
export function countryCodeOf(name: string): string | undefined {
  return COUNTRY_CODES[name.trim().toLowerCase()];
}
