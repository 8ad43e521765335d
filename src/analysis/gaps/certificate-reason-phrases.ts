import type { InterviewLanguage } from '../../domain/index.js';

/**
 * Every sentence a certification finding writes, per interview language. `label` names the
 * certificates asked ("AWS or Azure"), or is undefined when the job names none Gapwise knows.
 */
export interface CertificateReasonPhrases {
  listed(quote: string): string;
  relatedListed(quote: string, label: string | undefined): string;
  relatedListedReason(label: string | undefined): string;
  /** `skillExplanation` is the skill finding's own explanation, appended as is. */
  skillWithoutCertificate(label: string | undefined, skillExplanation: string): string;
  skillWithoutCertificateReason(label: string | undefined): string;
  none(label: string | undefined): string;
}

const ENGLISH: CertificateReasonPhrases = {
  listed: (quote) => `Your CV lists the certificate: "${quote}".`,
  relatedListed: (quote, label) =>
    `Your CV lists a related certificate ("${quote}"), not ${label ?? 'the certificate asked'} itself.`,
  relatedListedReason: (label) =>
    `Your CV lists a related certificate, not ${label ?? 'the certificate asked'}.`,
  skillWithoutCertificate: (label, skillExplanation) =>
    `No certificate listed for ${label ?? 'the certificate asked'}, but the skill itself shows: ${skillExplanation}`,
  skillWithoutCertificateReason: (label) =>
    `Your CV shows the skill but lists no ${label ?? 'the certificate asked'} certificate.`,
  none: (label) =>
    label ? `Your CV lists no ${label} certificate.` : 'Your CV lists no certificate of the kind asked.',
};

const GERMAN: CertificateReasonPhrases = {
  listed: (quote) => `Ihr Lebenslauf nennt das Zertifikat: „${quote}“.`,
  relatedListed: (quote, label) =>
    `Ihr Lebenslauf nennt ein verwandtes Zertifikat („${quote}“), nicht ${label ? `${label} selbst` : 'das verlangte'}.`,
  relatedListedReason: (label) =>
    `Ihr Lebenslauf nennt ein verwandtes Zertifikat, nicht ${label ?? 'das verlangte'}.`,
  skillWithoutCertificate: (label, skillExplanation) =>
    `${label ? `Für ${label} ist kein Zertifikat angegeben` : 'Das verlangte Zertifikat ist nicht angegeben'}, die Fähigkeit selbst aber schon: ${skillExplanation}`,
  skillWithoutCertificateReason: (label) =>
    `Ihr Lebenslauf zeigt die Fähigkeit, nennt aber ${label ? `kein Zertifikat für ${label}` : 'nicht das verlangte Zertifikat'}.`,
  none: (label) =>
    label
      ? `Ihr Lebenslauf nennt kein Zertifikat für ${label}.`
      : 'Ihr Lebenslauf nennt nicht das verlangte Zertifikat.',
};

/** The sentences of certification findings, per interview language. */
export const CERTIFICATE_REASON_PHRASES: Record<InterviewLanguage, CertificateReasonPhrases> = {
  en: ENGLISH,
  de: GERMAN,
};
