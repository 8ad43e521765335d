/**
 * A German CV and a German job posting written for tests (never a real candidate's data): the
 * documents a German user brings, with gaps the offline engine asks about (Kubernetes, Kafka).
 */
export const GERMAN_CV_MARKDOWN = `# Julia Becker
Backend-Entwicklerin · julia.becker@example.de · Hamburg

## Profil
Backend-Entwicklerin mit sechs Jahren Erfahrung in der Entwicklung und dem Betrieb von Python-Services für die Logistik. Schwerpunkte sind saubere REST-APIs, automatisierte Tests und eine stabile CI/CD-Pipeline.

## Berufserfahrung

### Senior Backend-Entwicklerin, Nordlicht Logistik GmbH (2021-04 – heute)
- Entwicklung der Sendungsverfolgungs-API mit Python und FastAPI für über 200 Geschäftskunden
- Einführung von Docker für die lokale Entwicklung und die Testumgebungen des Teams
- Migration der Datenbank von MySQL auf PostgreSQL ohne Ausfallzeit
- Aufbau der CI/CD-Pipeline mit GitLab CI; Release-Dauer von zwei Tagen auf zwei Stunden verkürzt

### Backend-Entwicklerin, Hafenwerk Software AG (2018-01 – 2021-03)
- Wartung und Weiterentwicklung der Abrechnungsdienste in Python und Django
- Einführung von pytest und Code-Reviews im Team

## Kenntnisse
- Sprachen: Python, SQL, Bash
- Werkzeuge: FastAPI, Django, PostgreSQL, MySQL, Docker, GitLab CI, Git

## Ausbildung
B.Sc. Informatik, Universität Hamburg (2014 – 2017)

## Sprachen
Deutsch (Muttersprache), Englisch (verhandlungssicher)
`;

export const GERMAN_JOB_TEXT = `Senior Backend-Entwickler (m/w/d) – Plattform-Team

Wir sind ein wachsendes Logistik-Unternehmen und suchen Verstärkung für unser Plattform-Team in Hamburg.

Ihre Aufgaben
- Sie entwickeln und betreiben unsere Python-Services für die Sendungsverfolgung.
- Sie verbessern die Zuverlässigkeit und Performance unserer Plattform.

Ihr Profil
- Mindestens fünf Jahre Erfahrung in der Backend-Entwicklung mit Python (Muss)
- Praxiserfahrung mit Kubernetes im produktiven Betrieb (Muss)
- Erfahrung mit Apache Kafka oder einer anderen Event-Streaming-Plattform
- Kenntnisse in Terraform sind von Vorteil
`;

/** A strong German answer about `skill`: own actions, scale and a result with a number. */
export function germanStrongAnswer(skill: string): string {
  return `Bei der Nordlicht Logistik GmbH habe ich ${skill} für die Sendungsverfolgungs-API selbst eingeführt und 12 Services darauf umgestellt. Dadurch haben wir die Deploy-Dauer von 40 Minuten auf 5 Minuten verkürzt.`;
}

/** Words English templates use and German output must not contain (a mixed-language sign). */
export const ENGLISH_TEMPLATE_WORDS =
  /(?<![\p{L}])(?:the|your|you|what|did|have|which|with|where|and|came|result|using|helped|used)(?![\p{L}])/iu;
