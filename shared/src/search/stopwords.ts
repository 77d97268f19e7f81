/**
 * Small Dutch and English stopword lists (folded: lower case, no diacritics). Deliberately short:
 * only function words that carry no meaning on their own. Words that double as content in the
 * other language or in this domain stay searchable on purpose: `it` (IT), `us`, `data`, `door`,
 * `will`, `kan`, `can`.
 */
const DUTCH =
  'aan al alle als ben bij dan dat de den der des deze die dit doch doen dus een eens en er ge had ' +
  'heb hebben heeft hem het hier hij hoe hun iets ik in is ja je jij jullie kon kunnen maar me ' +
  'meer men met mij mijn moet na naar niet niets nog nu of om omdat ons onze ook op over te tegen ' +
  'toch toen tot u uit uw van veel voor want waren was wat we wel werd wie wij wordt worden zal ze ' +
  'zei zelf zich zij zijn zo zonder zou';

const ENGLISH =
  'a about after all also am an and any are as at be because been before being between both but ' +
  'by did do does during each for from had has have he her here him his how i if in into is its ' +
  'me more most my no nor not of on or other our ours out own she should so some such than that ' +
  'the their them then there these they this those through to too under until very was we were ' +
  'what when where which while who whom why with would you your';

/** Folded Dutch and English stopwords; a term in this set is neither indexed nor searched. */
export const STOPWORDS: ReadonlySet<string> = new Set(`${DUTCH} ${ENGLISH}`.split(' '));
