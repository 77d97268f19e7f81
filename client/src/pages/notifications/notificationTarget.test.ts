import { describe, expect, it } from 'vitest';
import type { NotificationView } from '@kring/shared';
import { notificationTarget } from './notificationTarget.js';

const base: NotificationView = {
  id: 'n1',
  kind: 'mention',
  actor: null,
  communitySlug: 'pet',
  documentId: null,
  threadId: null,
  questionId: null,
  title: 'T',
  excerpt: '',
  createdAt: '2026-12-04T00:00:00.000Z',
  readAt: null,
};

describe('notificationTarget', () => {
  it('leads to the question, the thread on its page, the page, or the community', () => {
    expect(notificationTarget({ ...base, kind: 'answer', questionId: 'q1' })).toBe(
      '/c/pet/questions/q1',
    );
    expect(
      notificationTarget({ ...base, documentId: 'AAAAAAAAAAAAAAAAAAAAAA', threadId: 't1' }),
    ).toBe('/d/AAAAAAAAAAAAAAAAAAAAAA?thread=t1');
    expect(notificationTarget({ ...base, documentId: 'AAAAAAAAAAAAAAAAAAAAAA' })).toBe(
      '/d/AAAAAAAAAAAAAAAAAAAAAA',
    );
    expect(notificationTarget(base)).toBe('/c/pet');
  });
});
