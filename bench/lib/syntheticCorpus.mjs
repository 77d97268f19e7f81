// A seeded generator of Dutch/English documents for the search benchmark. Words follow a Zipf
// distribution over inflected forms of ~380 domain roots, with a long tail of Dutch compounds
// (two roots glued together), ~40 % function words, and sentences and paragraphs of natural
// lengths. Not real language, but with the properties that matter to a search index: a
// vocabulary of tens of thousands of distinct words, skewed frequencies, long compound words.
import { seededRandom } from './stats.mjs';

const DUTCH_ROOTS = `gegeven privacy verwerking besluit overheid gemeente ministerie samenwerking beleid
onderzoek kennis netwerk robot kwantum algoritme model data sleutel versleuteling toezicht burger
organisatie afspraak vergadering notulen actiepunt voorstel advies verslag rapport project proef
pilot planning begroting risico maatregel beveiliging wachtwoord toegang rechten register bron
afnemer koppeling stelsel standaard richtlijn handreiking wet regel toets kader inkoop aanbesteding
leverancier contract licentie software systeem server opslag archief document tekst bericht brief
verzoek aanvraag uitkering toeslag belasting zorg ziekenhuis patient dossier school leerling
woning water dijk weg brug tunnel spoor energie klimaat stikstof landbouw natuur veiligheid
politie rechter justitie defensie migratie inburgering werk inkomen pensioen subsidie vergunning
inspectie controle meting sensor camera drone voertuig vervoer logistiek haven fabriek productie
onderwijs opleiding training cursus leren taal vertaling spraak beeld herkenning voorspelling
uitleg transparantie verantwoording ethiek discriminatie gelijkheid vertrouwen communicatie
nieuwsbrief website portaal loket dienst klant gesprek vraag antwoord oplossing probleem
uitdaging kans doel resultaat effect evaluatie monitor dashboard rapportage cijfer statistiek
steekproef enquete onderzoeker wetenschap universiteit hogeschool lab bedrijf startup partner
community werkgroep stuurgroep bijeenkomst hackathon kenniscafe presentatie workshop ideeen
toekomst strategie visie routekaart agenda jaarplan mijlpaal fase stap keuze alternatief`;

const ENGLISH_ROOTS = `data privacy processing decision government municipality ministry collaboration
policy research knowledge network robot quantum algorithm model key encryption oversight citizen
organisation agreement meeting minutes action proposal advice report project trial pilot plan
budget risk measure security password access rights register source consumer integration system
standard guideline guidance law rule assessment framework procurement tender supplier contract
licence software server storage archive document text message letter request application benefit
allowance tax care hospital patient record school student housing water dike road bridge tunnel
rail energy climate nitrogen agriculture nature safety police court justice defence migration
integration work income pension grant permit inspection audit measurement sensor camera drone
vehicle transport logistics harbour factory production education course learning language
translation speech image recognition prediction explanation transparency accountability ethics
discrimination equality trust communication newsletter website portal service customer
conversation question answer solution problem challenge opportunity goal outcome effect
evaluation monitoring dashboard reporting figure statistic sample survey researcher science
university college laboratory company startup partner community group steering gathering
hackathon presentation workshop idea future strategy vision roadmap agenda milestone phase step
choice alternative computer computing cryptography qubit federated synthetic differential
homomorphic anonymous pseudonym identity wallet proof verification compliance architecture`;

const DUTCH_SUFFIXES = ['', '', '', 'en', 's', 'ing', 'ingen', 'e', 'er', 'lijk', 'heid', 'de'];
const ENGLISH_SUFFIXES = ['', '', '', 's', 'ing', 'ed', 'er', 'ers', 'ly', 'ation', 'al'];

const DUTCH_FUNCTION = `de het een en van in op te dat die voor met is zijn niet aan er om ook
als bij of naar door over dan wordt nog worden deze moet kan wel meer uit tot zo`.split(/\s+/);
const ENGLISH_FUNCTION = `the of and to in a is that for on with as are be by this it from or at
an not which have has can will was we their more also these should been into than`.split(/\s+/);

const words = (text) => text.split(/\s+/).filter(Boolean);

/** Index of a Zipf-distributed rank in [0, n) (s ≈ 1), by inverse-CDF over a precomputed table. */
function zipfSampler(n, random) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / (i + 1);
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** Shuffles in place with the seeded random (so the Zipf ranks differ from list order). */
function shuffle(list, random) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/**
 * A seeded corpus generator. `document(i)` returns the i-th document (same seed → same corpus);
 * `vocabulary` exposes the word lists queries are drawn from.
 */
export function syntheticCorpus(seed = 0x5ea4c4) {
  const random = seededRandom(seed);
  const dutchRoots = words(DUTCH_ROOTS);
  const englishRoots = words(ENGLISH_ROOTS);
  const forms = (roots, suffixes) => roots.flatMap((r) => suffixes.map((s) => r + s));
  const dutchForms = shuffle([...new Set(forms(dutchRoots, DUTCH_SUFFIXES))], random);
  const englishForms = shuffle([...new Set(forms(englishRoots, ENGLISH_SUFFIXES))], random);
  const pickDutch = zipfSampler(dutchForms.length, random);
  const pickEnglish = zipfSampler(englishForms.length, random);
  const pickDutchRoot = zipfSampler(dutchRoots.length, random);
  const pick = (list) => list[Math.floor(random() * list.length)];

  const word = (dutch) => {
    const r = random();
    if (r < 0.4) return pick(dutch ? DUTCH_FUNCTION : ENGLISH_FUNCTION);
    if (dutch && r < 0.5)
      return dutchRoots[pickDutchRoot()] + dutchRoots[pickDutchRoot()] + pick(DUTCH_SUFFIXES);
    return dutch ? dutchForms[pickDutch()] : englishForms[pickEnglish()];
  };
  const sentence = (dutch) => {
    const length = 6 + Math.floor(random() * 14);
    const parts = [];
    for (let i = 0; i < length; i++) parts.push(word(dutch));
    const text = parts.join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };

  /** About `words` words (≈ 2 pages at 1,000), 70 % of documents Dutch, every one with some English. */
  const document = (i, { wordsPerDocument = 1000, communities = 20, authors = 200 } = {}) => {
    const dutch = random() < 0.7;
    const paragraphs = [];
    let count = 0;
    while (count < wordsPerDocument) {
      const sentences = [];
      for (let s = 2 + Math.floor(random() * 5); s > 0; s--) {
        const text = sentence(random() < 0.85 ? dutch : !dutch);
        sentences.push(text);
        count += text.split(' ').length;
      }
      paragraphs.push(sentences.join(' '));
    }
    const title = sentence(dutch)
      .split(' ')
      .slice(0, 3 + Math.floor(random() * 5))
      .join(' ');
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 1000) * 86_400_000);
    return {
      id: `doc-${String(i).padStart(6, '0')}`,
      communityId: `community-${Math.floor(random() * communities)}`,
      title,
      body: paragraphs.join('\n'),
      tags: [pick(dutchRoots), pick(englishRoots)],
      authorIds: [`user-${Math.floor(random() * authors)}`],
      updatedAt: day.toISOString(),
    };
  };

  return { document, dutchRoots, englishRoots, dutchForms, englishForms, random };
}
