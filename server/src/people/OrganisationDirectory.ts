import type {
  CreateOrganisationRequest,
  OrganisationView,
  UpdateOrganisationRequest,
} from '@kring/shared';
import { newId } from '../auth/secrets.js';
import { notFound } from '../domainError.js';
import type { MetaDatabase } from '../storage/meta/MetaDatabase.js';
import type { OrganisationRecord } from '../storage/meta/records.js';
import { TABLES } from '../storage/meta/tables.js';

/** An organisation as the API shows it. */
export function organisationView(record: OrganisationRecord): OrganisationView {
  return { id: record.id, name: record.name, type: record.type };
}

/**
 * Organisations as records (name and type), which people link their profile to. Permission checks
 * (instance admins manage them) are the HTTP layer's; this is storage only.
 */
export class OrganisationDirectory {
  constructor(
    private readonly db: MetaDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every organisation, by name. */
  async list(): Promise<OrganisationRecord[]> {
    const records = await this.db.list<OrganisationRecord>(TABLES.organisations);
    return records.sort((a, b) => a.name.localeCompare(b.name));
  }

  byId(id: string): Promise<OrganisationRecord | undefined> {
    return this.db.get<OrganisationRecord>(TABLES.organisations, id);
  }

  async create(input: CreateOrganisationRequest): Promise<OrganisationRecord> {
    const record: OrganisationRecord = {
      id: newId(),
      name: input.name,
      type: input.type,
      createdAt: new Date(this.now()).toISOString(),
    };
    await this.db.write([
      { type: 'put', table: TABLES.organisations, key: record.id, value: record },
    ]);
    return record;
  }

  /** @throws {DomainError} 404 when there is no such organisation. */
  async update(id: string, input: UpdateOrganisationRequest): Promise<OrganisationRecord> {
    return this.db.exclusive(async () => {
      const stored = await this.byId(id);
      if (stored === undefined) throw notFound('The organisation');
      const record: OrganisationRecord = {
        ...stored,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.type !== undefined ? { type: input.type } : {}),
      };
      await this.db.write([{ type: 'put', table: TABLES.organisations, key: id, value: record }]);
      return record;
    });
  }

  /**
   * Deletes an organisation; profiles linked to it fall back to their account's organisation text.
   * @throws {DomainError} 404 when there is no such organisation.
   */
  async delete(id: string): Promise<void> {
    await this.db.exclusive(async () => {
      if ((await this.byId(id)) === undefined) throw notFound('The organisation');
      await this.db.write([{ type: 'del', table: TABLES.organisations, key: id }]);
    });
  }
}
