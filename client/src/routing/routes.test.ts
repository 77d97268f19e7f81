import { describe, expect, it } from 'vitest';
import { parseRoute } from './routes.js';

describe('parseRoute', () => {
  it('recognises home and documents', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/d/abc_-1')).toEqual({ name: 'document', id: 'abc_-1' });
    expect(parseRoute('/d/abc/')).toEqual({ name: 'document', id: 'abc' });
  });

  it('treats invalid ids and unknown paths as not found', () => {
    expect(parseRoute('/d/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/d/a%20b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/d/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute(`/d/${'x'.repeat(65)}`)).toEqual({ name: 'not-found' });
    expect(parseRoute('/elsewhere')).toEqual({ name: 'not-found' });
  });
});
