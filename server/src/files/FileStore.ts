import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../domainError.js';

const SHA256 = /^[0-9a-f]{64}$/;

/** Fsyncs a file or directory by path. */
async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Thrown while streaming when an upload passes the size limit. */
export const tooLarge = (maxBytes: number): DomainError =>
  new DomainError(
    413,
    'too_large',
    `The file is larger than the limit of ${Math.round(maxBytes / (1024 * 1024))} MB.`,
  );

/** What the file service needs from where file contents are kept. */
export interface BlobStore {
  put(input: Readable, maxBytes: number): Promise<{ sha256: string; size: number }>;
  head(sha256: string, bytes: number): Promise<Buffer>;
  read(sha256: string): Readable;
  delete(sha256: string): Promise<void>;
}

/**
 * Uploaded files on disk under `DATA_DIR/files`, addressed by the SHA-256 of their content
 * (`files/ab/abcdef…`): the same file uploaded twice is stored once, and a stored file never
 * changes. A file is written to a temporary name, fsync'd, renamed into place and its folder
 * fsync'd before `put` resolves, so an acknowledged upload survives a crash.
 */
export class FileStore implements BlobStore {
  private constructor(private readonly root: string) {}

  /** Opens (creating) the store in `dataDir/files`. */
  static async open(dataDir: string): Promise<FileStore> {
    const root = join(dataDir, 'files');
    await mkdir(join(root, 'tmp'), { recursive: true });
    await rm(join(root, 'tmp'), { recursive: true, force: true });
    await mkdir(join(root, 'tmp'), { recursive: true });
    return new FileStore(root);
  }

  /** Stores a stream durably; refuses (and keeps nothing) beyond `maxBytes`. */
  async put(input: Readable, maxBytes: number): Promise<{ sha256: string; size: number }> {
    const temp = join(this.root, 'tmp', randomBytes(12).toString('hex'));
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(tooLarge(maxBytes));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(input, meter, createWriteStream(temp, { flags: 'wx' }));
      await fsyncPath(temp);
      const sha256 = hash.digest('hex');
      const folder = join(this.root, sha256.slice(0, 2));
      await mkdir(folder, { recursive: true });
      await rename(temp, join(folder, sha256));
      await fsyncPath(folder);
      return { sha256, size };
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** Stores bytes (restoring a backup). */
  async putBytes(data: Uint8Array): Promise<string> {
    return (await this.put(Readable.from([Buffer.from(data)]), Number.MAX_SAFE_INTEGER)).sha256;
  }

  /** The first bytes of a stored file (to check what it really is). */
  async head(sha256: string, bytes: number): Promise<Buffer> {
    const handle = await open(this.pathOf(sha256), 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  }

  /** A stored file's whole content (backups). */
  readBytes(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }

  /** Reads a stored file. */
  read(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  /** Removes a stored file (when no record refers to it any more). */
  async delete(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  /** Whether a file with this hash is stored. */
  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      () => true,
      () => false,
    );
  }

  /** Hashes of every stored file (for backups). */
  async list(): Promise<string[]> {
    const hashes: string[] = [];
    for (const folder of await readdir(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      for (const name of await readdir(join(this.root, folder)))
        if (SHA256.test(name)) hashes.push(name);
    }
    return hashes.sort();
  }

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error('not a SHA-256');
    return join(this.root, sha256.slice(0, 2), sha256);
  }
}
