import { describe, expect, it } from 'vitest';
import { topicOfQuestion } from './questionWords.js';

describe('topicOfQuestion', () => {
  it('keeps the topic of questions as people ask them, in Dutch and English', () => {
    expect(topicOfQuestion('Wie weet er meer van homomorfe encryptie?')).toBe(
      'homomorfe encryptie',
    );
    expect(topicOfQuestion('Bij wie kan ik terecht voor een DPIA?')).toBe('DPIA');
    expect(topicOfQuestion('Heeft iemand ervaring met aanbesteden van open source?')).toBe(
      'aanbesteden open source',
    );
    expect(topicOfQuestion('Who can I ask about differential privacy?')).toBe(
      'differential privacy',
    );
    expect(topicOfQuestion('Anyone with experience in federated learning')).toBe(
      'federated learning',
    );
    expect(topicOfQuestion('synthetische data')).toBe('synthetische data');
  });

  it('leaves nothing of a question without a topic', () => {
    expect(topicOfQuestion('Wie weet er meer van?')).toBe('');
    expect(topicOfQuestion('Who knows?')).toBe('');
  });
});
