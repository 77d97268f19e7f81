/** A language the built-in templates are written in. */
export type TemplateLanguage = 'nl' | 'en';

/** A template shipped with Kring: Markdown per language. */
export interface BuiltInTemplate {
  readonly id: string;
  readonly name: Readonly<Record<TemplateLanguage, string>>;
  readonly description: Readonly<Record<TemplateLanguage, string>>;
  /** Markdown; a leading `# ` heading becomes the title. */
  readonly markdown: Readonly<Record<TemplateLanguage, string>>;
}

/** The four templates every community starts with. */
export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  {
    id: 'meeting-notes',
    name: { nl: 'Verslag van een bijeenkomst', en: 'Meeting notes' },
    description: {
      nl: 'Aanwezigen, agenda, besluiten en actiepunten.',
      en: 'Attendees, agenda, decisions and action items.',
    },
    markdown: {
      nl: '# Verslag: \n\n**Datum:** \n\n**Aanwezig:** \n\n## Agenda\n\n1. Opening\n2. \n3. Rondvraag\n\n## Besluiten\n\n- \n\n## Actiepunten\n\n- [ ] Wie – wat – wanneer\n',
      en: '# Meeting notes: \n\n**Date:** \n\n**Attendees:** \n\n## Agenda\n\n1. Welcome\n2. \n3. Any other business\n\n## Decisions\n\n- \n\n## Action items\n\n- [ ] Who – what – when\n',
    },
  },
  {
    id: 'knowledge-article',
    name: { nl: 'Kennisartikel', en: 'Knowledge article' },
    description: {
      nl: 'Leg een onderwerp uit voor nieuwkomers, met begrippen en bronnen.',
      en: 'Explain a topic to newcomers, with terms and sources.',
    },
    markdown: {
      nl: '# \n\n## In het kort\n\n\n\n## Uitleg\n\n\n\n## Begrippen\n\n| Begrip | Betekenis |\n| --- | --- |\n|  |  |\n\n## Wie weet hier meer van?\n\n- \n\n## Bronnen\n\n- \n',
      en: '# \n\n## In short\n\n\n\n## Explanation\n\n\n\n## Terms\n\n| Term | Meaning |\n| --- | --- |\n|  |  |\n\n## Who knows more about this?\n\n- \n\n## Sources\n\n- \n',
    },
  },
  {
    id: 'decision-record',
    name: { nl: 'Besluitvastlegging', en: 'Decision record' },
    description: {
      nl: 'Context, overwogen opties, het besluit en de gevolgen.',
      en: 'Context, options considered, the decision and its consequences.',
    },
    markdown: {
      nl: '# Besluit: \n\n**Status:** voorstel\n\n**Datum:** \n\n## Context\n\n\n\n## Overwogen opties\n\n1. \n2. \n\n## Besluit\n\n\n\n## Gevolgen\n\n- \n',
      en: '# Decision: \n\n**Status:** proposed\n\n**Date:** \n\n## Context\n\n\n\n## Options considered\n\n1. \n2. \n\n## Decision\n\n\n\n## Consequences\n\n- \n',
    },
  },
  {
    id: 'community-introduction',
    name: { nl: 'Introductie van de community', en: 'Community introduction' },
    description: {
      nl: 'Waar de community voor is, wie erin zitten en hoe je meedoet.',
      en: 'What the community is for, who is in it and how to take part.',
    },
    markdown: {
      nl: '# Welkom bij \n\n## Waar we het over hebben\n\n\n\n## Wie doen er mee\n\n| Organisatie | Contactpersoon | Expertise |\n| --- | --- | --- |\n|  |  |  |\n\n## Hoe je meedoet\n\n- \n\n## Belangrijke documenten\n\n- \n',
      en: '# Welcome to \n\n## What we talk about\n\n\n\n## Who takes part\n\n| Organisation | Contact | Expertise |\n| --- | --- | --- |\n|  |  |  |\n\n## How to take part\n\n- \n\n## Key documents\n\n- \n',
    },
  },
];
