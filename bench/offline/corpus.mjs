// The pages of the offline bench: seeded, 200–1,500 words each, as Markdown with headings, bullet
// and numbered lists between the paragraphs (words from the search bench's synthetic corpus).
import { seededRandom } from '../lib/stats.mjs';
import { syntheticCorpus } from '../lib/syntheticCorpus.mjs';

const MIN_WORDS = 200;
const MAX_WORDS = 1500;

/** `count` pages `{ title, markdown, words }`, the same for every run. */
export function offlinePages(count, seed = 0x0ff1e5) {
  const corpus = syntheticCorpus(seed);
  const random = seededRandom(seed ^ 0x5a5a5a5a);
  const pages = [];
  for (let i = 0; i < count; i++) {
    const words = MIN_WORDS + Math.floor(random() * (MAX_WORDS - MIN_WORDS + 1));
    const document = corpus.document(i, { wordsPerDocument: words });
    const paragraphs = document.body.split('\n');
    const blocks = [];
    paragraphs.forEach((paragraph, index) => {
      // A heading every few paragraphs, and now and then a paragraph's sentences as a list.
      if (index > 0 && index % 4 === 0) {
        const heading = paragraph
          .split(' ')
          .slice(0, 2 + Math.floor(random() * 4))
          .join(' ');
        blocks.push(`## ${heading.replace(/\.$/, '')}`);
      }
      const r = random();
      if (r < 0.15) {
        const items = paragraph.split(/(?<=\.) /);
        blocks.push(items.map((item) => `- ${item}`).join('\n'));
      } else if (r < 0.22) {
        const items = paragraph.split(/(?<=\.) /);
        blocks.push(items.map((item, n) => `${n + 1}. ${item}`).join('\n'));
      } else {
        blocks.push(paragraph);
      }
    });
    const title = `${String(i + 1).padStart(3, '0')} ${document.title.replace(/[.\\/]/g, '')}`;
    pages.push({ title, markdown: blocks.join('\n\n'), words: document.body.split(/\s+/).length });
  }
  return pages;
}
