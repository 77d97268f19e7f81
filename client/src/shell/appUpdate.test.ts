import { describe, expect, it } from 'vitest';
import { AppUpdater } from './appUpdate.js';

/** A waiting service worker that activates when told to skip waiting. */
class FakeWorker extends EventTarget {
  state = 'installed';
  readonly messages: unknown[] = [];
  postMessage(message: unknown): void {
    this.messages.push(message);
    setTimeout(() => {
      this.state = 'activated';
      this.dispatchEvent(new Event('statechange'));
    }, 0);
  }
}

function updater(options: { settle?: () => Promise<void> } = {}) {
  const log: string[] = [];
  const worker = new FakeWorker();
  const subject = new AppUpdater({
    settleLocalWrites: async () => {
      log.push('settle');
      await options.settle?.();
    },
    waitingWorker: () => Promise.resolve(worker as unknown as ServiceWorker),
    reload: () => log.push('reload'),
  });
  return { subject, log, worker };
}

describe('AppUpdater', () => {
  it('shows the notice for a new version and does not reload by itself', () => {
    const { subject, log } = updater();
    subject.onWaiting(false);
    subject.onTakenOverElsewhere();
    expect(subject.status.getSnapshot()).toBe('ready');
    expect(log).toEqual([]);
  });

  it('on Reload: settles local writes, lets the worker take over, settles again, reloads', async () => {
    const { subject, log, worker } = updater();
    subject.onWaiting(false);
    await subject.apply();
    expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
    expect(log).toEqual(['settle', 'settle', 'reload']);
  });

  it('does not reload nor activate when local writes cannot be confirmed', async () => {
    const { subject, log, worker } = updater({ settle: () => Promise.reject(new Error('idb')) });
    subject.onWaiting(false);
    await subject.apply();
    expect(subject.status.getSnapshot()).toBe('failed');
    expect(worker.messages).toEqual([]);
    expect(log).toEqual(['settle']);
  });

  it('applies at the next screen change, and at once when the page is just starting', async () => {
    const later = updater();
    later.subject.onNavigate();
    expect(later.log).toEqual([]);
    later.subject.onWaiting(false);
    later.subject.onNavigate();
    await expect.poll(() => later.log).toEqual(['settle', 'settle', 'reload']);

    const atStart = updater();
    atStart.subject.onWaiting(true);
    await expect.poll(() => atStart.log).toEqual(['settle', 'settle', 'reload']);
  });
});
