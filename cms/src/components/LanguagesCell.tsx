import type { CollectionSlug, Payload } from 'payload'

import { locales, type Locale } from '@talentregion/shared/locales'

import { adminLocale, formatAdminText } from '../i18n/adminText'
import { isWritten } from '../translations/isWritten'

/** In a list: NB · SV · EN, each marked written or missing, for one document. */
export async function LanguagesCell({
  payload,
  collectionSlug,
  rowData,
  field,
  i18n,
}: {
  payload: Payload
  collectionSlug: CollectionSlug
  rowData: { id: number | string }
  field: { admin?: { custom?: { translatedBy?: string } } }
  i18n?: { language?: string }
}) {
  const by = field.admin?.custom?.translatedBy ?? 'title'
  const doc = (await payload
    .findByID({
      collection: collectionSlug,
      id: rowData.id,
      locale: 'all',
      draft: true,
      depth: 0,
      select: { [by]: true },
    })
    .catch(() => null)) as Record<string, unknown> | null
  const values = (doc?.[by] ?? {}) as Partial<Record<Locale, unknown>>
  const locale = adminLocale(i18n)
  return (
    <span className="languages-cell">
      {locales.map((code) => {
        const written = isWritten(values[code])
        return (
          <abbr
            key={code}
            className={written ? 'languages-cell__written' : 'languages-cell__missing'}
            title={formatAdminText(locale, written ? 'languages.written' : 'languages.missing', {
              language: code.toUpperCase(),
            })}
          >
            {code.toUpperCase()}
          </abbr>
        )
      })}
    </span>
  )
}
