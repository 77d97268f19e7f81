import { createGlossaryEntryRequestSchema, type promoteQuestionRequestSchema } from '@kring/shared';
import type { z } from 'zod';
import type { Caller } from '../auth/Caller.js';
import type { DocumentTransfer } from '../documents/DocumentTransfer.js';
import type { Glossary } from '../glossary/Glossary.js';
import type { PromotionRecord, QuestionRecord } from '../storage/meta/records.js';
import { questionPageMarkdown } from './questionPage.js';

/** What a promotion needs: the glossary and the page import. */
export interface PromotionDependencies {
  readonly glossary: Pick<Glossary, 'create'>;
  readonly pages: Pick<DocumentTransfer, 'import'>;
}

/** One promotion to make. */
export interface PromotionRequest {
  readonly caller: Caller;
  readonly slug: string;
  readonly question: QuestionRecord;
  /** The question's path, which the entry or page links back to. */
  readonly link: string;
  readonly request: z.output<typeof promoteQuestionRequestSchema>;
  readonly at: string;
}

/**
 * Makes what a question becomes: a glossary entry (term and definition, linking back) or a page
 * imported from Markdown (the question, its accepted answer, the link back). Permissions are the
 * glossary's and the import's own.
 */
export async function createPromotion(
  deps: PromotionDependencies,
  { caller, slug, question, link, request, at }: PromotionRequest,
): Promise<PromotionRecord> {
  if (request.kind === 'glossary') {
    const entry = await deps.glossary.create(
      caller,
      slug,
      createGlossaryEntryRequestSchema.parse({
        term: request.term,
        definition: request.definition,
        links: [link],
      }),
    );
    return { kind: 'glossary', entryId: entry.id, at: at, by: caller.userId };
  } else {
    const accepted = question.answers.find((answer) => answer.accepted) ?? null;
    const markdown = questionPageMarkdown(question, accepted, link);
    const [page] = await deps.pages.import(caller, slug, {
      contentType: 'text/markdown',
      body: Buffer.from(markdown, 'utf8'),
      fileName: `${request.title}.md`,
      parentId: null,
    });
    if (page === undefined) throw new Error('The import made no page.');
    return { kind: 'page', documentId: page.id, at: at, by: caller.userId };
  }
}
