import { shareDegree, type PeopleEvidenceView } from '@kring/shared';

/** One piece of evidence in words a person reads, in Dutch or English. */
export function reasonText(evidence: PeopleEvidenceView, language: 'nl' | 'en'): string {
  if (evidence.kind === 'expertise') {
    return language === 'nl'
      ? `noemt '${evidence.topic}' als expertise`
      : `lists '${evidence.topic}' as expertise`;
  }
  if (evidence.kind === 'glossary') {
    return language === 'nl'
      ? `legde '${evidence.term}' uit in de woordenlijst`
      : `explained '${evidence.term}' in the glossary`;
  }
  const title = `'${evidence.title}'`;
  const degree = shareDegree(evidence.share);
  if (degree === 'most') {
    return language === 'nl' ? `schreef het meeste van ${title}` : `wrote most of ${title}`;
  }
  if (degree === 'part') {
    const percent = Math.round(evidence.share * 100);
    return language === 'nl' ? `schreef ${percent}% van ${title}` : `wrote ${percent}% of ${title}`;
  }
  return language === 'nl' ? `schreef mee aan ${title}` : `contributed to ${title}`;
}
