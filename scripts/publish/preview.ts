/** The preview builder the CMS starts: one draft, rendered with the real site, in a private folder. */
import path from 'node:path'

import {
  previewRequest,
  previewResult,
  awaitArguments,
  readRequest,
  resultLine,
} from '@talentregion/shared/builder'
import { siteUrl } from '@talentregion/shared/environment'
import { locales } from '@talentregion/shared/locales'
import { documentPath } from '@talentregion/shared/routes'
import { formatIssue, SnapshotError } from '@talentregion/shared/schemas/parseSnapshot'

import { buildSnapshot } from '../export/buildSnapshot'
import { loadPayload, openPayload } from '../lib/payload'
import { buildSite } from '../site/buildSite'
import { previewSource } from './previewSource'

await awaitArguments(loadPayload)
const { collection, id, locale, out: outArgument } = readRequest(previewRequest)
const { payload } = await openPayload()
try {
  const out = path.resolve(outArgument)
  const snapshot = await buildSnapshot(
    previewSource(payload, collection, id),
    path.join(out, 'snapshot'),
  )
  await buildSite({
    snapshotDir: path.join(out, 'snapshot'),
    outDir: path.join(out, 'site'),
    siteUrl: siteUrl(),
    preview: true,
  })
  const doc =
    collection === 'stories'
      ? snapshot.stories.find((story) => story.id === id)
      : collection === 'events'
        ? snapshot.events.find((event) => event.id === id)
        : snapshot.employers.find((employer) => employer.id === id)
  const present = doc ? locales.filter((code) => code in doc.translations) : []
  const shown = present.includes(locale) ? locale : present[0]
  // Employers have one slug; stories and events one per language.
  const pagePath =
    doc && shown
      ? documentPath(shown, collection, 'name' in doc ? doc.slug : doc.translations[shown]!.slug)
      : `/${locale}/`
  console.log(resultLine(previewResult, { ok: true, pagePath }))
} catch (error) {
  // Content problems are the editor's to fix and named for them; anything else is for the log.
  console.error(error)
  console.log(
    resultLine(
      previewResult,
      error instanceof SnapshotError
        ? { ok: false, contentIssues: error.issues.map(formatIssue) }
        : { ok: false },
    ),
  )
  process.exitCode = 1
} finally {
  await payload.destroy()
}
