import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import nl from './nl.json';

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

/** Initialises i18next: Dutch for `nl*` browsers, English otherwise, a stored choice first. */
export async function initI18n(): Promise<void> {
  await i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en }, nl: { translation: nl } },
      supportedLngs: ['nl', 'en'],
      nonExplicitSupportedLngs: true,
      load: 'languageOnly',
      fallbackLng: 'en',
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
