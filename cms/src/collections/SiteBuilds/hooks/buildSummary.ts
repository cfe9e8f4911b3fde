import type { FieldHook } from 'payload'

import { adminLocale, formatAdminText, isAdminTextKey } from '../../../i18n/adminText'
import type { BuildChange } from '../../../hooks/queueSiteBuild'
import type { SiteBuild } from '../../../payload-types'

export const buildCauses = [
  'published',
  'unpublished',
  'changed',
  'deleted',
  'nightly',
  'rebuild',
  'rollback',
  'jobs',
] as const

/**
 * What a build is for, in the reader's language: "«Livet ved Mjøsa» (historie) publisert av
 * Kari Nordmann og 2 endringer til". Builds from before causes were recorded show the note
 * their trigger text became.
 */
export const buildSummary: FieldHook<SiteBuild, string | undefined> = ({ siblingData, req }) => {
  const build = siblingData as Partial<SiteBuild>
  const change = (build.change ?? {}) as Partial<BuildChange> & { note?: string }
  if (!build.cause) return change.note ?? '–'
  const locale = adminLocale(req.i18n)
  const kindKey = change.collection
    ? [`collection.${change.collection}.singular`, `global.${change.collection}`].find(
        isAdminTextKey,
      )
    : undefined
  const kind = kindKey ? formatAdminText(locale, kindKey) : ''
  const summary = formatAdminText(locale, `build.cause.${build.cause}`, {
    title: change.title ?? kind,
    kind: kind.toLocaleLowerCase(locale),
    person: change.person || formatAdminText(locale, 'build.system'),
  })
  const more = (build.changes ?? 1) - 1
  return more > 0 ? formatAdminText(locale, 'build.more', { summary, count: more }) : summary
}
