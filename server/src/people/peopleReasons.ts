import type { PeopleEvidenceView } from '@kring/shared';

/** Share of a page above which someone "wrote most of" it. */
const MOST = 0.5;
/** Share below which someone only "contributed to" a page. */
const SOME = 0.15;

/** One piece of evidence in words a person reads, in Dutch or English. */
export function reasonText(evidence: PeopleEvidenceView, language: 'nl' | 'en'): string {
  if (evidence.kind === 'expertise') {
    return language === 'nl'
      ? `noemt '${evidence.topic}' als expertise`
      : `lists '${evidence.topic}' as expertise`;
  }
  const title = `'${evidence.title}'`;
  if (evidence.share >= MOST) {
    return language === 'nl' ? `schreef het meeste van ${title}` : `wrote most of ${title}`;
  }
  if (evidence.share >= SOME) {
    const percent = Math.round(evidence.share * 100);
    return language === 'nl' ? `schreef ${percent}% van ${title}` : `wrote ${percent}% of ${title}`;
  }
  return language === 'nl' ? `schreef mee aan ${title}` : `contributed to ${title}`;
}
