import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { sv } from '@payloadcms/translations/languages/sv'

// An empty cell reads as a dash, not "<Ingen Sider>" built from the column's name.
const emptyCell = { general: { noLabel: '–' } }

/** The admin UI speaks the same three languages as the content, Norwegian first. */
export const adminLanguages = {
  supportedLanguages: { nb, sv, en },
  fallbackLanguage: 'nb' as const,
  translations: { nb: emptyCell, sv: emptyCell, en: emptyCell },
}
