// The 2,000-paragraph document of the keystroke measurement, imported as Markdown over the API.
import { COMMUNITY } from './server.mjs';

/** A paragraph of ordinary length (~300 characters), different for every index. */
function paragraph(index) {
  const sentence = `Alinea ${index + 1} beschrijft hoe de gemeente en haar partners samenwerken`;
  return `${sentence} aan het beleid, met afspraken over planning, financiering, toezicht en de manier waarop inwoners worden betrokken bij de uitvoering. Zo blijft voor iedereen duidelijk wie wat doet en wanneer dat klaar is (${index}).`;
}

/** Imports a document of `count` paragraphs; resolves with its id. */
export async function createLongDocument(origin, token, count) {
  const markdown = Array.from({ length: count }, (_, index) => paragraph(index)).join('\n\n');
  const response = await fetch(`${origin}/api/communities/${COMMUNITY}/import?name=bench.md`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/markdown' },
    body: markdown,
  });
  const body = await response.json();
  if (response.status !== 201 || !Array.isArray(body) || typeof body[0]?.id !== 'string') {
    throw new Error(`importing the ${count}-paragraph document: HTTP ${response.status}`);
  }
  return body[0].id;
}
