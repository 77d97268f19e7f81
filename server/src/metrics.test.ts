import { describe, expect, it } from 'vitest';
import { KringMetrics } from './metrics.js';

describe('KringMetrics', () => {
  it('reports per-frame totals counted as plain numbers when scraped', async () => {
    const metrics = new KringMetrics();
    metrics.frameReceived(10);
    metrics.frameReceived(5);
    metrics.frameSent(7);
    metrics.updateApplied();
    metrics.readOnlyUpdateDropped();
    metrics.updateFannedOut(3);
    metrics.updateFannedOut(2);

    const text = await metrics.registry.metrics();
    expect(text).toMatch(/^kring_frames_received_total 2$/m);
    expect(text).toMatch(/^kring_bytes_received_total 15$/m);
    expect(text).toMatch(/^kring_frames_sent_total 1$/m);
    expect(text).toMatch(/^kring_bytes_sent_total 7$/m);
    expect(text).toMatch(/^kring_updates_applied_total 1$/m);
    expect(text).toMatch(/^kring_read_only_updates_dropped_total 1$/m);
    expect(text).toMatch(/^kring_updates_sent_total 5$/m);

    metrics.frameReceived(1);
    expect(await metrics.registry.metrics()).toMatch(/^kring_frames_received_total 3$/m);
  });
});
