/** The preview builder the CMS starts: one draft, rendered with the real site, in a private folder. */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { isLocale, locales, type Locale } from '@talentregion/shared/locales'
import { formatIssue, SnapshotError } from '@talentregion/shared/schemas/parseSnapshot'
import { employerPath, eventPath, storyPath } from '@talentregion/site/lib/routes'

import { buildSnapshot } from '../export/buildSnapshot'
import { openPayload } from '../lib/payload'
import { buildSite } from '../site/buildSite'
import { previewSource, type PreviewCollection } from './previewSource'

const { values } = parseArgs({
  options: {
    collection: { type: 'string' },
    id: { type: 'string' },
    locale: { type: 'string', default: 'nb' },
    out: { type: 'string' },
    'site-url': { type: 'string', default: 'http://127.0.0.1:4321' },
  },
})
const collection = values.collection as PreviewCollection
if (!['stories', 'employers', 'events'].includes(collection) || !values.id || !values.out) {
  throw new Error(
    'Usage: preview.ts --collection stories|employers|events --id ID --out DIR [--locale nb]',
  )
}
const locale: Locale = isLocale(values.locale) ? values.locale : 'nb'
const { payload } = await openPayload()
try {
  const out = path.resolve(values.out)
  const snapshot = await buildSnapshot(
    previewSource(payload, collection, values.id),
    path.join(out, 'snapshot'),
  )
  await buildSite({
    snapshotDir: path.join(out, 'snapshot'),
    outDir: path.join(out, 'site'),
    siteUrl: values['site-url'],
    preview: true,
  })
  const doc =
    collection === 'stories'
      ? snapshot.stories.find((story) => story.id === values.id)
      : collection === 'events'
        ? snapshot.events.find((event) => event.id === values.id)
        : snapshot.employers.find((employer) => employer.id === values.id)
  const present = doc ? locales.filter((code) => code in doc.translations) : []
  const shown = present.includes(locale) ? locale : present[0]
  let pagePath = `/${locale}/`
  if (doc && shown) {
    if ('name' in doc) pagePath = employerPath(shown, doc.slug)
    else if (collection === 'stories') pagePath = storyPath(shown, doc.translations[shown]!.slug)
    else pagePath = eventPath(shown, doc.translations[shown]!.slug)
  }
  console.log(`RESULT ${JSON.stringify({ ok: true, pagePath })}`)
} catch (error) {
  // Content problems are the editor's to fix and named for them; anything else is for the log.
  const result =
    error instanceof SnapshotError
      ? { ok: false, contentIssues: error.issues.map(formatIssue) }
      : { ok: false }
  console.error(error)
  console.log(`RESULT ${JSON.stringify(result)}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
