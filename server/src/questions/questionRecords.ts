import { notFound } from '../domainError.js';
import type { AnswerRecord, QuestionRecord } from '../storage/meta/records.js';

/** The LevelDB key of a question. */
export function keyOf(question: QuestionRecord): string {
  return `${question.communityId}!${question.id}`;
}

/** One answer of a question. @throws {DomainError} 404 when it has no such answer. */
export function requireAnswer(question: QuestionRecord, answerId: string): AnswerRecord {
  const answer = question.answers.find((each) => each.id === answerId);
  if (answer === undefined) throw notFound('The answer');
  return answer;
}

/** The question with `answer` put in place of the answer with its id. */
export function withAnswer(question: QuestionRecord, answer: AnswerRecord): QuestionRecord {
  return {
    ...question,
    answers: question.answers.map((each) => (each.id === answer.id ? answer : each)),
  };
}
