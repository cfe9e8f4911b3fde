import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { localeLabels } from '@talentregion/shared/locales'

import { isStaffUser } from '../access/roles'
import { adminLocale, adminTextsIn, isAdminTextKey } from '../i18n/adminText'
import { missingTranslations } from '../translations/missingTranslations'

/**
 * Administration → Translations: per language, the published documents not yet written in it,
 * each linked to its edit view in that language, where the Norwegian original waits under every
 * field.
 */
export async function TranslationsView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale: contentLocale } = initPageResult
  const locale = adminLocale(req.i18n)
  const text = adminTextsIn(locale)
  const missing = isStaffUser(req.user) ? await missingTranslations(req.payload) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={contentLocale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="translations-view">
        <h1>{text('translations.title')}</h1>
        {!missing ? (
          <p>{text('translations.staffOnly')}</p>
        ) : (
          <>
            <p>{text('translations.intro')}</p>
            {missing.map(({ locale: code, documents: docs }) => {
              const language = localeLabels[code]
              return (
                <section key={code} aria-labelledby={`missing-${code}`}>
                  <h2 id={`missing-${code}`}>
                    {text('translations.missingIn', { language, count: docs.length })}
                  </h2>
                  {docs.length === 0 ? (
                    <p>{text('translations.none', { language })}</p>
                  ) : (
                    <ul>
                      {docs.map((doc) => {
                        const kindKey = `collection.${doc.collection}.singular`
                        const kind = isAdminTextKey(kindKey) ? text(kindKey) : doc.collection
                        return (
                          <li key={`${doc.collection}-${doc.id}`}>
                            <a
                              href={`/admin/collections/${doc.collection}/${doc.id}?locale=${code}`}
                            >
                              {doc.title || `#${doc.id}`}
                            </a>{' '}
                            <span className="translations-view__kind">({kind})</span>
                          </li>
                        )
                      })}
                    </ul>
                  )}
                </section>
              )
            })}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
