import type { Clock } from './clock.js';
import type { Logger } from './logger.js';
import { startPeriodicJob } from './periodicJob.js';
import type { SearchService } from './search/SearchService.js';
import type { Services } from './services.js';

/** How often pages past the trash retention period are purged. */
const TRASH_PURGE_INTERVAL_MS = 60 * 60 * 1000;
/** How often the search index is written to disk when it changed. */
const SEARCH_SAVE_INTERVAL_MS = 5 * 60 * 1000;
/** How often recorded contributions are added to the stored totals. */
const CONTRIBUTIONS_FLUSH_INTERVAL_MS = 10 * 1000;

/** The server's periodic jobs: trash purge, search index save, contributions flush, mail. */
export interface BackgroundJobs {
  /** Starts the first trash purge now (at start-up) rather than after an hour. */
  purgeTrashNow(): Promise<void>;
  /** Resolves when no job is running. */
  whenIdle(): Promise<void>;
  /** Stops the timers (running jobs finish). */
  stop(): void;
  /** Stops, waits for running jobs, then stores what is still in memory (at shutdown). */
  finish(): Promise<void>;
}

/** Starts the periodic jobs; failures are logged and the next tick tries again. */
export function startBackgroundJobs(options: {
  readonly clock: Clock;
  readonly logger: Logger;
  readonly services: Pick<Services, 'trash' | 'contributions' | 'notifications'>;
  readonly search: Pick<SearchService, 'save'>;
  readonly trashRetentionDays: number;
  /** How often pending notification mail goes out as one digest per person. */
  readonly mailDigestMinutes: number;
}): BackgroundJobs {
  const { clock, logger, services, search } = options;
  const jobs = [
    startPeriodicJob(
      clock,
      TRASH_PURGE_INTERVAL_MS,
      async () => {
        const purged = await services.trash.purge(options.trashRetentionDays);
        if (purged > 0) logger.info({ purged }, 'purged pages from the trash');
      },
      (error) => logger.error({ err: error }, 'purging the trash failed'),
    ),
    startPeriodicJob(
      clock,
      SEARCH_SAVE_INTERVAL_MS,
      () => search.save(),
      (error) => logger.error({ err: error }, 'saving the search index failed'),
    ),
    startPeriodicJob(
      clock,
      CONTRIBUTIONS_FLUSH_INTERVAL_MS,
      () => services.contributions.flush(),
      (error) => logger.error({ err: error }, 'storing contributions failed'),
    ),
    // Failures are logged (without addresses) inside and retried on the next tick.
    startPeriodicJob(
      clock,
      options.mailDigestMinutes * 60 * 1000,
      () => services.notifications.mail.tick(),
      () => logger.error('sending the mail digest failed'),
    ),
  ] as const;
  const whenIdle = async () => {
    await Promise.all(jobs.map((job) => job.whenIdle()));
  };
  const stop = () => {
    for (const job of jobs) job.stop();
  };
  return {
    purgeTrashNow: () => jobs[0].runNow(),
    whenIdle,
    stop,
    async finish() {
      stop();
      await whenIdle();
      await services.contributions.flush().catch((error: unknown) => {
        logger.error({ err: error }, 'shutdown: contributions could not be stored');
      });
      await jobs[1].runNow();
    },
  };
}
