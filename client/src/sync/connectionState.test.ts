import { describe, expect, it } from 'vitest';
import { deriveConnectionState, type ConnectionFacts } from './connectionState.js';

const base: ConnectionFacts = {
  browserOnline: true,
  connected: false,
  everConnected: false,
  failedAttempts: 0,
  refused: false,
};

describe('deriveConnectionState', () => {
  it('is connecting before the first connection', () => {
    expect(deriveConnectionState(base)).toBe('connecting');
  });
  it('is connected while the socket is open', () => {
    expect(deriveConnectionState({ ...base, connected: true, everConnected: true })).toBe(
      'connected',
    );
  });
  it('is reconnecting after a lost connection', () => {
    expect(deriveConnectionState({ ...base, everConnected: true, failedAttempts: 1 })).toBe(
      'reconnecting',
    );
  });
  it('is offline after repeated failures, without network, or when refused', () => {
    expect(deriveConnectionState({ ...base, failedAttempts: 3 })).toBe('offline');
    expect(deriveConnectionState({ ...base, browserOnline: false })).toBe('offline');
    expect(deriveConnectionState({ ...base, refused: true })).toBe('offline');
  });
});
