import { Store } from '../sync/Store.js';

/** Where this tab stands with a new version of Kring (a new service worker). */
export type AppUpdateStatus =
  /** Running the newest version this browser knows of. */
  | 'current'
  /** A new version waits (or already took over from another tab): the notice offers a reload. */
  | 'ready'
  /** Storing local edits, then switching to the new version and reloading. */
  | 'applying'
  /** Local edits could not be confirmed as stored, so the tab did not reload; the notice says so. */
  | 'failed';

/** What an {@link AppUpdater} needs from the browser; tests pass fakes. */
export interface AppUpdateEnvironment {
  /** Resolves once every local edit is in IndexedDB; rejects when that cannot be confirmed. */
  readonly settleLocalWrites: () => Promise<void>;
  /** The new service worker waiting to take over, if any. */
  readonly waitingWorker: () => Promise<ServiceWorker | null>;
  /** Reloads the page. */
  readonly reload: () => void;
  /** How long to wait for the new worker to activate before reloading anyway, in ms. */
  readonly activationTimeoutMs?: number;
}

const ACTIVATION_TIMEOUT_MS = 10_000;

/** Resolves when `worker` is activated (or replaced), or after `timeoutMs`. */
function whenActivated(worker: ServiceWorker, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      worker.removeEventListener('statechange', check);
      resolve();
    };
    const check = () => {
      if (worker.state === 'activated' || worker.state === 'redundant') done();
    };
    const timer = setTimeout(done, timeoutMs);
    worker.addEventListener('statechange', check);
    check();
  });
}

/**
 * The update policy of one tab. A new version never takes over by itself while the tab is in use:
 * it waits until the person chooses "Reload" in the notice, moves to another screen, or loads
 * Kring anew. Each of these first stores every local edit in IndexedDB
 * ({@link AppUpdateEnvironment.settleLocalWrites}); when that fails, nothing is reloaded.
 */
export class AppUpdater {
  /** The status the notice shows. */
  readonly status = new Store<AppUpdateStatus>('current');

  constructor(private readonly environment: AppUpdateEnvironment) {}

  /**
   * A new version is waiting. `atStart`: it was already waiting when this page loaded, so the
   * page is just starting (a reload or a new tab) and switching now interrupts nothing.
   */
  onWaiting(atStart: boolean): void {
    if (this.status.getSnapshot() === 'applying') return;
    if (atStart) void this.apply();
    else this.status.set('ready');
  }

  /**
   * Another tab switched to the new version: this tab still runs the old one, so it offers the
   * reload too (it does not reload by itself).
   */
  onTakenOverElsewhere(): void {
    if (this.status.getSnapshot() !== 'applying') this.status.set('ready');
  }

  /** The person moved to another screen: a waiting version applies now. */
  onNavigate(): void {
    const status = this.status.getSnapshot();
    if (status === 'ready') void this.apply();
  }

  /**
   * Stores local edits, lets the waiting worker take over and reloads. Resolves after asking for
   * the reload, or with status `failed` when local edits could not be confirmed as stored.
   */
  async apply(): Promise<void> {
    if (this.status.getSnapshot() === 'applying') return;
    this.status.set('applying');
    try {
      await this.environment.settleLocalWrites();
      const waiting = await this.environment.waitingWorker();
      if (waiting !== null) {
        const activated = whenActivated(
          waiting,
          this.environment.activationTimeoutMs ?? ACTIVATION_TIMEOUT_MS,
        );
        waiting.postMessage({ type: 'SKIP_WAITING' });
        await activated;
      }
      // Edits typed while the worker activated.
      await this.environment.settleLocalWrites();
    } catch {
      this.status.set('failed');
      return;
    }
    this.environment.reload();
  }
}
