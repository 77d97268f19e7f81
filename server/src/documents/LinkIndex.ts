import type { Caller } from '../auth/Caller.js';
import { can } from '../auth/permissions.js';
import type { MetaDatabase, MetaOperation } from '../storage/meta/MetaDatabase.js';
import type { DocumentRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';
import { documentResource, type DocumentDirectory } from './DocumentDirectory.js';

/** Links between documents, kept in both directions so "referenced by" is one range read. */
export class LinkIndex {
  constructor(
    private readonly db: MetaDatabase,
    private readonly documents: DocumentDirectory,
  ) {}

  /** Records that `sourceId` now links to exactly `targets`. */
  async setLinks(sourceId: string, targets: readonly string[]): Promise<void> {
    const before = new Set(await this.db.list<string>(TABLES.linksFrom, `${sourceId}!`));
    const after = new Set(targets.filter((target) => target !== sourceId));
    const operations: MetaOperation[] = [];
    for (const target of before) {
      if (after.has(target)) continue;
      operations.push(
        { type: 'del', table: TABLES.linksFrom, key: `${sourceId}!${target}` },
        { type: 'del', table: TABLES.linksTo, key: `${target}!${sourceId}` },
      );
    }
    for (const target of after) {
      if (before.has(target)) continue;
      operations.push(
        { type: 'put', table: TABLES.linksFrom, key: `${sourceId}!${target}`, value: target },
        { type: 'put', table: TABLES.linksTo, key: `${target}!${sourceId}`, value: sourceId },
      );
    }
    await this.db.write(operations);
  }

  /**
   * Forgets a purged document's outgoing links (in both directions). Links other pages make to it
   * stay: they are those pages' content, and show again if the id is used anew.
   */
  async purge(sourceId: string): Promise<void> {
    const targets = await this.db.list<string>(TABLES.linksFrom, `${sourceId}!`);
    await this.db.write(
      targets.flatMap((target): MetaOperation[] => [
        { type: 'del', table: TABLES.linksFrom, key: `${sourceId}!${target}` },
        { type: 'del', table: TABLES.linksTo, key: `${target}!${sourceId}` },
      ]),
    );
  }

  /** Documents linking to `id` that the caller may read (the target itself must be readable). */
  async backlinks(caller: Caller, id: string): Promise<DocumentRecord[]> {
    await this.documents.require(caller, id, 'document.read');
    const sources = await this.db.list<string>(TABLES.linksTo, `${id}!`);
    const records = await Promise.all(sources.map((source) => this.documents.byId(source)));
    return records
      .filter(
        (record): record is DocumentRecord =>
          record !== undefined && can(caller.actor, 'document.read', documentResource(record)),
      )
      .sort((a, b) => a.title.localeCompare(b.title));
  }
}
