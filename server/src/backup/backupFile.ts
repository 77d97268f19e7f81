import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import type { StoredUpdate } from '../storage/DocumentStorage.js';
import { isDocumentId } from '@kring/shared';

/** Identifies the file format; bumped on any incompatible change. */
const FORMAT = 'kring-backup';
const VERSION = 2;
/** Version 1 files (documents only, before accounts) still restore. */
const READABLE_VERSIONS = [1, 2] as const;

const headerSchema = z.object({
  format: z.literal(FORMAT),
  version: z.union(READABLE_VERSIONS.map((version) => z.literal(version))),
  createdAt: z.string(),
});
const recordSchema = z.union([
  z.object({ documentId: z.string().refine(isDocumentId), update: z.string().min(1) }),
  z.object({
    table: z.string().regex(/^[a-z-]{1,64}$/),
    key: z.string().min(1),
    value: z.unknown(),
  }),
  z.object({ blob: z.string().regex(/^[0-9a-f]{64}$/), data: z.string() }),
]);

/** A metadata row (account, community, session, audit entry…) in a backup. */
export interface MetaRow {
  readonly table: string;
  readonly key: string;
  readonly value: unknown;
}

/** An uploaded file's content, by its SHA-256. */
export interface BlobRow {
  readonly blob: string;
  readonly data: Uint8Array;
}

/** One record of a backup: a stored document update, a metadata row or a file's content. */
export type BackupRecord = StoredUpdate | MetaRow | BlobRow;
const trailerSchema = z.object({
  end: z.literal(true),
  records: z.number().int().min(0),
  sha256: z.string(),
});

/** What a backup contains. */
export interface BackupSummary {
  readonly documents: number;
  readonly updates: number;
  /** Metadata rows: accounts, communities, memberships, audit entries… */
  readonly metadata: number;
  /** Uploaded files' contents. */
  readonly files: number;
}

/** A backup file that is not one, is truncated, or does not match its checksum. */
export class BackupFormatError extends Error {
  override readonly name = 'BackupFormatError';
}

/**
 * Writes a backup: gzip'd JSON lines — a header, one line per stored update, and a trailer with the
 * record count and a SHA-256 over the record lines, so a truncated or altered file is detected.
 * The format is logical (document id + Yjs update), so it restores into any storage backend.
 */
export async function writeBackup(
  records: AsyncIterable<BackupRecord>,
  output: Writable,
): Promise<BackupSummary> {
  const documents = new Set<string>();
  let updates = 0;
  let metadata = 0;
  let files = 0;
  const hash = createHash('sha256');
  async function* lines(): AsyncGenerator<string> {
    yield `${JSON.stringify({ format: FORMAT, version: VERSION, createdAt: new Date().toISOString() })}\n`;
    for await (const record of records) {
      let line: string;
      if ('documentId' in record) {
        line = `${JSON.stringify({ documentId: record.documentId, update: Buffer.from(record.update).toString('base64') })}\n`;
        documents.add(record.documentId);
        updates += 1;
      } else if ('blob' in record) {
        line = `${JSON.stringify({ blob: record.blob, data: Buffer.from(record.data).toString('base64') })}\n`;
        files += 1;
      } else {
        line = `${JSON.stringify({ table: record.table, key: record.key, value: record.value })}\n`;
        metadata += 1;
      }
      hash.update(line);
      yield line;
    }
    yield `${JSON.stringify({ end: true, records: updates + metadata + files, sha256: hash.digest('hex') })}\n`;
  }
  await pipeline(Readable.from(lines()), createGzip(), output);
  return { documents: documents.size, updates, metadata, files };
}

function parseLine<T>(schema: z.ZodType<T>, line: string, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new BackupFormatError(`not a Kring backup: ${what} is not JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BackupFormatError(`not a Kring backup: invalid ${what}`);
  return parsed.data;
}

/**
 * Reads and verifies a backup written by {@link writeBackup}, yielding its updates. The checksum and
 * count are checked at the end: callers must write into a place they can discard if this throws.
 * @throws {BackupFormatError}
 */
export async function* readBackup(input: Readable): AsyncGenerator<BackupRecord> {
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  const hash = createHash('sha256');
  let records = 0;
  let header = false;
  try {
    for await (const line of lines) {
      if (!header) {
        parseLine(headerSchema, line, 'header');
        header = true;
        continue;
      }
      if (line.startsWith('{"end"')) {
        const trailer = parseLine(trailerSchema, line, 'trailer');
        if (trailer.records !== records || trailer.sha256 !== hash.digest('hex')) {
          throw new BackupFormatError('backup is damaged: checksum or record count does not match');
        }
        return;
      }
      const record = parseLine(recordSchema, line, `record ${records + 1}`);
      hash.update(`${line}\n`);
      records += 1;
      if ('documentId' in record) {
        yield {
          documentId: record.documentId,
          update: new Uint8Array(Buffer.from(record.update, 'base64')),
        };
      } else if ('blob' in record) {
        yield { blob: record.blob, data: new Uint8Array(Buffer.from(record.data, 'base64')) };
      } else {
        yield { table: record.table, key: record.key, value: record.value };
      }
    }
  } catch (error) {
    if (error instanceof BackupFormatError) throw error;
    throw new BackupFormatError(`backup could not be read: ${(error as Error).message}`);
  }
  throw new BackupFormatError(header ? 'backup is truncated: no trailer' : 'backup is empty');
}
