// Firm names that take "die" ("bei der Beispiel AG"); other names go without an article.
const FEMININE_FIRM =
  /(?:^|\s)(?:AG|GmbH|gGmbH|SE|KG|KGaA|OHG|mbH|Gruppe|Bank|Versicherung|Universität|Hochschule|Agentur|Stadt)$/u;

/**
 * An employer's name as the object of a German dative preposition: `der Beispiel AG`, `Acme`.
 * @example
 * `bei ${germanEmployer('Nordlicht Logistik GmbH')}`; // "bei der Nordlicht Logistik GmbH"
 */
export function germanEmployer(name: string): string {
  return `${FEMININE_FIRM.test(name) ? 'der ' : ''}${name}`;
}
