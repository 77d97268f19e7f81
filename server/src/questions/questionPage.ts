import { escapeText, linkDestination } from '../transfer/markdownInlineWriter.js';
import type { AnswerRecord, QuestionRecord } from '../storage/meta/records.js';

/** Where the browser shows a question: the link a glossary entry or page made from it keeps. */
export function questionPath(slug: string, questionId: string): string {
  return `/c/${slug}/questions/${questionId}`;
}

/** Plain text as Markdown paragraphs: every line escaped, so nothing in it becomes markup. */
function paragraphs(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeText(line, true))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

/**
 * The Markdown a page made from a question starts with: the question, its accepted answer (if
 * any) and a link back. It never starts with a level-1 heading, so the page keeps the title the
 * promoter gave it (the import takes it from the file name).
 */
export function questionPageMarkdown(
  question: QuestionRecord,
  accepted: AnswerRecord | null,
  link: string,
): string {
  const parts = [`**${escapeText(question.title, false)}**`];
  if (question.body !== '') parts.push(paragraphs(question.body));
  if (accepted !== null) parts.push('---', paragraphs(accepted.body));
  parts.push(`From the question: [${escapeText(link, false)}](${linkDestination(link)})`);
  return `${parts.join('\n\n')}\n`;
}
