import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileView } from '@kring/shared';
import { api } from '../api/api.js';
import { contentTypeOf, uploadName } from './fileFormat.js';
import { uploadErrorMessage } from './uploadErrorMessage.js';

/** One file being uploaded (or waiting, or finished). */
export type UploadItem =
  | { readonly key: string; readonly name: string; readonly status: 'waiting' }
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'uploading';
      readonly percent: number;
    }
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'done';
      readonly file: FileView;
    }
  | {
      readonly key: string;
      readonly name: string;
      readonly status: 'failed';
      readonly message: string;
    };

/** Uploads of several files, one after the other, each with its own progress. */
export interface FileUploads {
  readonly items: readonly UploadItem[];
  /** True while a file is uploading or waiting. */
  readonly busy: boolean;
  /** The last thing to announce ("“a.pdf” uploaded."), for a polite live region. */
  readonly announcement: string;
  /** Adds files to the queue (finished items of an earlier batch are cleared first). */
  start(files: readonly File[]): void;
}

let uploads = 0;

/**
 * Uploads files to a community's file area (or, with `documentId`, as attachments of a page), one
 * at a time so each progress bar means something; a refusal is explained per file and the others
 * go on. `onUploaded` runs after each success (to reload a list).
 */
export function useFileUploads(
  slug: string,
  documentId: string | null,
  onUploaded: (file: FileView) => void,
): FileUploads {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<readonly UploadItem[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const queue = useRef<{ key: string; file: File }[]>([]);
  const running = useRef(false);
  const mounted = useRef(true);
  const controller = useRef<AbortController | null>(null);
  const locale = i18n.resolvedLanguage ?? 'en';
  const latest = useRef({ slug, documentId, onUploaded, t, locale });
  useEffect(() => {
    latest.current = { slug, documentId, onUploaded, t, locale };
  }, [slug, documentId, onUploaded, t, locale]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      queue.current = [];
      controller.current?.abort();
    };
  }, []);

  const update = useCallback((key: string, item: UploadItem) => {
    if (!mounted.current) return;
    setItems((current) => current.map((other) => (other.key === key ? item : other)));
  }, []);

  const runNext = useCallback(() => {
    const next = queue.current.shift();
    if (next === undefined || !mounted.current) {
      running.current = false;
      return;
    }
    running.current = true;
    const { key, file } = next;
    const name = uploadName(file.name);
    const { slug: target, documentId: page } = latest.current;
    const abort = new AbortController();
    controller.current = abort;
    let lastPercent = -1;
    update(key, { key, name, status: 'uploading', percent: 0 });
    api.files
      .upload(target, file, {
        name,
        documentId: page,
        contentType: contentTypeOf(file),
        signal: abort.signal,
        onProgress: (fraction) => {
          const percent = Math.min(100, Math.round(fraction * 100));
          if (percent === lastPercent) return;
          lastPercent = percent;
          update(key, { key, name, status: 'uploading', percent });
        },
      })
      .then(
        (stored) => {
          const { t: translate } = latest.current;
          update(key, { key, name, status: 'done', file: stored });
          if (mounted.current) setAnnouncement(translate('files.uploaded', { name }));
          latest.current.onUploaded(stored);
        },
        (failure: unknown) => {
          const { t: translate, locale } = latest.current;
          const message = uploadErrorMessage(translate, failure, file, locale);
          update(key, { key, name, status: 'failed', message });
          if (mounted.current) setAnnouncement(message);
        },
      )
      .finally(() => {
        controller.current = null;
        runNext();
      });
  }, [update]);

  const start = useCallback(
    (files: readonly File[]) => {
      if (files.length === 0) return;
      const added = files.map((file) => ({ key: `upload-${++uploads}`, file }));
      queue.current.push(...added);
      setItems((current) => [
        ...current.filter((item) => item.status === 'waiting' || item.status === 'uploading'),
        ...added.map(({ key, file }) => ({
          key,
          name: uploadName(file.name),
          status: 'waiting' as const,
        })),
      ]);
      setAnnouncement(latest.current.t('files.uploadStarted', { count: files.length }));
      if (!running.current) runNext();
    },
    [runNext],
  );

  const busy = items.some((item) => item.status === 'waiting' || item.status === 'uploading');
  return { items, busy, announcement, start };
}
