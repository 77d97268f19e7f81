import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import type { BackendModule, ResourceKey } from 'i18next';

/** Languages the interface is available in. */
export const LANGUAGES = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
] as const;

/** A supported interface language. */
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

/** localStorage key of the chosen language. */
export const LANGUAGE_STORAGE_KEY = 'kring:language';

/** Current interface language, reduced to a supported code. */
export function currentLanguage(): LanguageCode {
  return i18next.resolvedLanguage === 'nl' ? 'nl' : 'en';
}

function syncDocumentLanguage(): void {
  document.documentElement.lang = currentLanguage();
}

/**
 * Loads one language's texts when it is first needed: each screen then carries only the language
 * in use (the service worker keeps both for offline use).
 */
const bundledTranslations: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const loading = language === 'nl' ? import('./nl.json') : import('./en.json');
    loading.then(
      (texts) => callback(null, texts.default as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Initialises i18next: Dutch for `nl*` browsers, English otherwise, a stored choice first. */
export async function initI18n(): Promise<void> {
  await i18next
    .use(LanguageDetector)
    .use(bundledTranslations)
    .use(initReactI18next)
    .init({
      supportedLngs: ['nl', 'en'],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      // Dutch is complete (a unit test checks both files have the same keys): no English needed.
      fallbackLng: { nl: [], default: ['en'] },
      react: { useSuspense: false },
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      returnNull: false,
    });
  syncDocumentLanguage();
  i18next.on('languageChanged', syncDocumentLanguage);
}
