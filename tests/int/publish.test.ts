import fs from 'node:fs'
import path from 'node:path'

import { BuildFailure, runBuild } from '../../scripts/publish/runBuild'
import { localSource } from '../../scripts/export/localSource'
import { restSource } from '../../scripts/export/restSource'
import { Releases } from '@talentregion/shared/releases'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { paragraph, siteSettings } from './helpers/content'
import { searchIndexText } from './helpers/searchIndex'
import { startPayload, stopPayload } from './helpers/payload'
import { createUser, type TestUser } from './helpers/users'

let payload: Payload
let editor: TestUser
const root = () => path.join(process.env.DATA_DIR!, 'site')
const releases = () => new Releases(root())
const build = (options: { confirmPageLoss?: boolean } = {}) =>
  runBuild({ root: root(), source: () => Promise.resolve(localSource(payload)), ...options })

/** A published story in all three languages. */
async function story(title: string) {
  const created = await payload.create({
    collection: 'stories',
    locale: 'nb',
    data: {
      _status: 'published',
      title,
      excerpt: `${title} ingress`,
      body: paragraph(`${title} brødtekst`),
    },
    context: { skipSiteBuild: true },
  })
  for (const locale of ['sv', 'en'] as const) {
    await payload.update({
      collection: 'stories',
      id: created.id,
      locale,
      data: { _status: 'published', title: `${title} ${locale}` },
      context: { skipSiteBuild: true },
    })
  }
  return created
}

beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
  await siteSettings(payload)
  for (let i = 1; i <= 8; i++) await story(`Fast historie nummer ${i}`)
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('build → release → switch', () => {
  test('publishing a story puts it in a new live release, its sitemap and its search index', async () => {
    await story('Nyheten fra Hamar')
    const result = await build()
    const live = releases().liveDir()!
    expect(result.releaseId).toBe(releases().live())
    expect(fs.existsSync(path.join(live, 'nb/historier/nyheten-fra-hamar/index.html'))).toBe(true)
    expect(fs.readFileSync(path.join(live, 'sitemap-0.xml'), 'utf8')).toContain(
      '/nb/historier/nyheten-fra-hamar/',
    )
    expect(searchIndexText(live)).toContain('nyheten-fra-hamar')
  })

  test('unpublishing removes the page from the next release, the sitemap and the search index', async () => {
    const gone = await story('Snart borte')
    await build()
    await payload.update({
      collection: 'stories',
      id: gone.id,
      data: { _status: 'draft' },
      context: { skipSiteBuild: true },
    })
    await build()
    const live = releases().liveDir()!
    expect(fs.existsSync(path.join(live, 'nb/historier/snart-borte/index.html'))).toBe(false)
    expect(fs.readFileSync(path.join(live, 'sitemap-0.xml'), 'utf8')).not.toContain('snart-borte')
    expect(searchIndexText(live)).not.toContain('snart-borte')
  })

  test('a CMS that stops answering during the export changes nothing live, and says why', async () => {
    const before = releases().live()
    const attempt = runBuild({
      root: root(),
      source: () => restSource({ baseUrl: 'http://127.0.0.1:9' }),
    })
    await expect(attempt).rejects.toBeInstanceOf(BuildFailure)
    await expect(attempt).rejects.toThrow(/while exporting the content snapshot/)
    expect(releases().live()).toBe(before)
  })

  test('a release that would lose more than a quarter of its pages is refused unless confirmed', async () => {
    const before = releases().live()
    const stories = await payload.find({
      collection: 'stories',
      where: { title: { like: 'Fast historie' } },
      limit: 100,
    })
    for (const doc of stories.docs) {
      await payload.update({
        collection: 'stories',
        id: doc.id,
        data: { _status: 'draft' },
        context: { skipSiteBuild: true },
      })
    }
    const refused = build()
    await expect(refused).rejects.toThrow(/more than 25 % would disappear/)
    expect(releases().live()).toBe(before)
    const confirmed = await build({ confirmPageLoss: true })
    expect(releases().live()).toBe(confirmed.releaseId)
  })

  test('rolling back in the admin makes an earlier release live again', async () => {
    const kept = releases().list()
    expect(kept.length).toBeGreaterThanOrEqual(2)
    const older = kept[1]!
    const record = await payload.create({
      collection: 'site-builds',
      data: {
        action: 'build',
        status: 'succeeded',
        releaseId: older,
        cause: 'rebuild',
        change: { person: 'Test' },
      },
      context: { queuedBySystem: true },
    })
    await payload.create({
      collection: 'site-builds',
      data: { action: 'rollback', rollbackTo: record.id },
      user: editor.user,
      overrideAccess: false,
    })
    expect(releases().live()).toBe(older)
  })
})
