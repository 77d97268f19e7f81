import type { ServerProcess } from '../../support/serverProcess.js';

/** What {@link seedShowcase} made: a community with a small tree of pages. */
export interface Showcase {
  readonly slug: string;
  /** The overview page, with headings, lists and a table: the document screens open this one. */
  readonly documentId: string;
  /** An open invitation to the community (as an editor), for the invitation screen. */
  readonly invitation: string;
}

const OVERVIEW = `# Privacy Enhancing Technologies

Privacy Enhancing Technologies (PETs) let organisations learn from data together without handing
the data itself over. This page collects what the community knows and who to ask.

## Techniques

- **Secure multi-party computation**: several parties compute a result; none sees the others' input.
- **Homomorphic encryption**: calculations on data that stays encrypted.
- **Synthetic data**: a made-up data set with the same patterns as the real one.
- **Differential privacy**: adding measured noise so no single person can be recognised.

## Where we use them

| Organisation | Technique | Status |
| --- | --- | --- |
| Belastingdienst | Multi-party computation | Pilot |
| CBS | Differential privacy | In production |
| TNO | Homomorphic encryption | Research |

## Open questions

1. Which legal basis do we need for a joint computation?
2. How do we explain the guarantees to a data protection officer?
`;

const MPC = `# Secure multi-party computation

Two or more organisations compute a statistic together, for example how many people appear in
both registers, while each keeps its own records.

## Lessons from the pilot

The pilot took four months; most of that time went into agreements, not into technology.
`;

const GLOSSARY = `# Glossary for newcomers

**DPIA**: data protection impact assessment, required before a new processing of personal data.

**PET**: privacy enhancing technology.
`;

async function importMarkdown(
  server: ServerProcess,
  slug: string,
  name: string,
  markdown: string,
  parentId?: string,
): Promise<string> {
  const query = new URLSearchParams({ name });
  if (parentId !== undefined) query.set('parentId', parentId);
  const response = await fetch(`${server.url}/api/communities/${slug}/import?${query}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${server.credentials.token}`,
      'content-type': 'text/markdown',
    },
    body: markdown,
  });
  if (response.status !== 201) throw new Error(`import ${name}: ${await response.text()}`);
  const [page] = (await response.json()) as [{ id: string }];
  return page.id;
}

/**
 * Fills the seeded test community with a few realistic pages (as an organisation trying Kring
 * would), so screens and screenshots show real use rather than empty states.
 */
export async function seedShowcase(server: ServerProcess): Promise<Showcase> {
  const slug = server.credentials.community;
  const documentId = await importMarkdown(
    server,
    slug,
    'Privacy Enhancing Technologies.md',
    OVERVIEW,
  );
  await importMarkdown(server, slug, 'Secure multi-party computation.md', MPC, documentId);
  await importMarkdown(server, slug, 'Glossary for newcomers.md', GLOSSARY);
  const invited = await fetch(`${server.url}/api/communities/${slug}/invitations`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${server.credentials.token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ role: 'editor' }),
  });
  const { token: invitation } = (await invited.json()) as { token: string };
  await server.flushDerived();
  return { slug, documentId, invitation };
}
