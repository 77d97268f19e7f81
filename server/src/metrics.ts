import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CloseReason } from '@kring/shared';
import type { CollabMetrics } from './collab/CollabMetrics.js';

/** Live values the metrics read when scraped. */
export interface MetricSources {
  connections(): number;
  loadedDocuments(): number;
}

/** Latency buckets in seconds, fine-grained where fsync and acknowledgements live (1–50 ms). */
const LATENCY_BUCKETS_S = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Kring's Prometheus metrics, served at `/metrics`. One registry per server instance. */
export class KringMetrics implements CollabMetrics {
  readonly registry = new Registry();
  private sources: MetricSources = { connections: () => 0, loadedDocuments: () => 0 };
  /**
   * Per-frame totals as plain numbers: prom-client's inc() on every frame cost measurable CPU
   * under fan-out, so the counters read these only when scraped.
   */
  private readonly counts = {
    framesIn: 0,
    bytesIn: 0,
    framesOut: 0,
    bytesOut: 0,
    updates: 0,
    readOnlyDropped: 0,
    updatesOut: 0,
  };
  private readonly framesIn = this.totalCounter(
    {
      name: 'kring_frames_received_total',
      help: 'Websocket frames received from clients',
    },
    () => this.counts.framesIn,
  );
  private readonly bytesIn = this.totalCounter(
    {
      name: 'kring_bytes_received_total',
      help: 'Bytes received from clients',
    },
    () => this.counts.bytesIn,
  );
  private readonly framesOut = this.totalCounter(
    {
      name: 'kring_frames_sent_total',
      help: 'Websocket frames sent to clients',
    },
    () => this.counts.framesOut,
  );
  private readonly bytesOut = this.totalCounter(
    {
      name: 'kring_bytes_sent_total',
      help: 'Bytes sent to clients',
    },
    () => this.counts.bytesOut,
  );
  private readonly updates = this.totalCounter(
    {
      name: 'kring_updates_applied_total',
      help: 'Document updates from clients applied',
    },
    () => this.counts.updates,
  );
  private readonly readOnlyDropped = this.totalCounter(
    {
      name: 'kring_read_only_updates_dropped_total',
      help: 'Document updates from read-only connections (readers, commenters) dropped unapplied',
    },
    () => this.counts.readOnlyDropped,
  );
  private readonly updatesOut = this.totalCounter(
    {
      name: 'kring_updates_sent_total',
      help: 'Document updates sent on to other connections (one per recipient)',
    },
    () => this.counts.updatesOut,
  );
  private readonly refusals = new Counter({
    name: 'kring_refusals_total',
    help: 'Connections refused or closed for a limit or a bad frame, by close code',
    labelNames: ['code', 'reason'] as const,
    registers: [this.registry],
  });
  private readonly ackSeconds = new Histogram({
    name: 'kring_ack_seconds',
    help: 'Time from receiving a document message to acknowledging it as durable (saved)',
    buckets: LATENCY_BUCKETS_S,
    registers: [this.registry],
  });
  private readonly fsyncSeconds = new Histogram({
    name: 'kring_storage_batch_write_seconds',
    help: 'Duration of one group-committed, fsynced storage write',
    buckets: LATENCY_BUCKETS_S,
    registers: [this.registry],
  });

  constructor() {
    const sources = () => this.sources;
    new Gauge({
      name: 'kring_connections',
      help: 'Open collaboration connections',
      registers: [this.registry],
      collect() {
        this.set(sources().connections());
      },
    });
    new Gauge({
      name: 'kring_loaded_documents',
      help: 'Documents loaded in memory',
      registers: [this.registry],
      collect() {
        this.set(sources().loadedDocuments());
      },
    });
    collectDefaultMetrics({ register: this.registry, prefix: 'kring_' });
  }

  /** A counter whose value is read from `read()` at scrape time. */
  private totalCounter(config: { name: string; help: string }, read: () => number): Counter {
    return new Counter({
      ...config,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }

  /** Connects the gauges to the running server. */
  observe(sources: MetricSources): void {
    this.sources = sources;
  }

  frameReceived(bytes: number): void {
    this.counts.framesIn += 1;
    this.counts.bytesIn += bytes;
  }

  frameSent(bytes: number): void {
    this.counts.framesOut += 1;
    this.counts.bytesOut += bytes;
  }

  updateApplied(): void {
    this.counts.updates += 1;
  }

  readOnlyUpdateDropped(): void {
    this.counts.readOnlyDropped += 1;
  }

  updateFannedOut(recipients: number): void {
    this.counts.updatesOut += recipients;
  }

  acknowledged(seconds: number): void {
    this.ackSeconds.observe(seconds);
  }

  refused(reason: CloseReason): void {
    this.refusals.inc({ code: String(reason.code), reason: reason.reason });
  }

  /** A storage batch of `entries` updates was written and fsynced in `seconds`. */
  batchWritten(seconds: number): void {
    this.fsyncSeconds.observe(seconds);
  }
}
