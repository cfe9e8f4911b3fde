import fs from 'node:fs'
import path from 'node:path'

import { Releases } from '@talentregion/shared/releases'
import { siteUrl } from '@talentregion/shared/environment'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest'

import { paragraph, publishedImage, siteSettings } from './helpers/content'
import { pngUpload } from './helpers/files'
import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import { runFailingSiteBuild } from './helpers/builds'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let editor: TestUser

beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
  await siteSettings(payload)
})

afterAll(async () => {
  await stopPayload(payload)
})

async function forgetQueuedBuilds() {
  await payload.delete({ collection: 'site-builds', where: { id: { exists: true } } })
  await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } } })
}

beforeEach(forgetQueuedBuilds)

const publish = (title: string) =>
  payload.create({
    collection: 'stories',
    data: { _status: 'published', title, body: paragraph(title) },
    user: editor.user,
    overrideAccess: false,
  })

const queued = async () => {
  const builds = await payload.find({
    collection: 'site-builds',
    where: { status: { equals: 'queued' } },
  })
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'buildSite' } },
  })
  return { builds: builds.docs, jobs: jobs.totalDocs }
}

describe('publishing queues a site build', () => {
  test('a publish queues one build, naming the document by title and the person by name', async () => {
    await publish('Første sak')
    const { builds, jobs } = await queued()
    expect(builds.map((build) => build.summary)).toEqual([
      `«Første sak» (historie) publisert av ${editor.user.name}`,
    ])
    expect(JSON.stringify([builds[0]!.summary, builds[0]!.change])).not.toContain(editor.user.email)
    expect(jobs).toBe(1)
  })

  test('the summary is told in the reader’s language, counting the changes that joined', async () => {
    await publish('Sak på svensk')
    await publish('Enda en sak')
    const response = await rest('/site-builds?depth=0', {
      token: editor.token,
      headers: { 'Accept-Language': 'sv' },
    })
    const { docs } = (await response.json()) as { docs: { summary: string }[] }
    expect(docs.map((build) => build.summary)).toEqual([
      `”Sak på svensk” (berättelse) publicerad av ${editor.user.name} och 1 ändringar till`,
    ])
  })

  test('ten publishes in a burst coalesce into one build', async () => {
    for (let i = 0; i < 10; i++) await publish(`Sak i serie ${i}`)
    const { builds, jobs } = await queued()
    expect([builds.length, builds[0]?.changes, jobs]).toEqual([1, 10, 1])
  })

  test('the same publish delivered twice gives one build', async () => {
    const story = await publish('Dobbel melding')
    await payload.update({ collection: 'stories', id: story.id, data: { _status: 'published' } })
    const { builds, jobs } = await queued()
    expect([builds.length, jobs]).toEqual([1, 1])
  })

  test('changes made while a build runs give exactly one follow-up build', async () => {
    await publish('Før bygget')
    const [first] = (await queued()).builds
    await payload.update({ collection: 'site-builds', id: first!.id, data: { status: 'running' } })
    await publish('Under bygget 1')
    await publish('Under bygget 2')
    const { builds, jobs } = await queued()
    expect([builds.length, builds[0]?.changes, jobs]).toEqual([1, 2, 2])
  })

  test('saving a draft of a published story builds nothing; unpublishing it does', async () => {
    const story = await publish('Kladd og avpublisering')
    await payload.delete({ collection: 'site-builds', where: { id: { exists: true } } })
    await payload.update({
      collection: 'stories',
      id: story.id,
      draft: true,
      data: { title: 'Ny tittel i kladd' },
    })
    const afterDraft = (await queued()).builds.length
    await payload.update({ collection: 'stories', id: story.id, data: { _status: 'draft' } })
    const afterUnpublish = (await queued()).builds.map((build) => build.summary)
    expect([afterDraft, afterUnpublish]).toEqual([
      0,
      ['«Ny tittel i kladd» (historie) avpublisert av systemet'],
    ])
  })

  test('uploading an image builds nothing; changing one a page may show does', async () => {
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Nytt bilde', credit: 'Test', licence: 'owned' },
      file: await pngUpload('new.png'),
    })
    expect((await queued()).builds).toEqual([])
    await payload.update({ collection: 'media', id: image.id, data: { credit: 'Ny fotograf' } })
    expect((await queued()).builds.map((build) => build.summary)).toEqual([
      `«new.png» (bilde) endret av systemet`,
    ])
  })

  test('an image kept for partner-only toolkits changes nothing on the site', async () => {
    const image = await publishedImage(payload, 'for-partners')
    await payload.create({
      collection: 'toolkits',
      data: {
        _status: 'published',
        name: 'Partner kit',
        visibility: 'partners',
        imageBank: [image.id],
      },
      context: { skipSiteBuild: true },
    })
    await forgetQueuedBuilds()
    await payload.update({ collection: 'media', id: image.id, data: { credit: 'Ny fotograf' } })
    await payload.delete({ collection: 'media', id: image.id })
    expect((await queued()).builds).toEqual([])
  })

  test('deleting a published story queues a build', async () => {
    const story = await publish('Slettes')
    await payload.delete({ collection: 'site-builds', where: { id: { exists: true } } })
    await payload.delete({ collection: 'stories', id: story.id })
    expect((await queued()).builds.map((build) => build.summary)).toEqual([
      '«Slettes» (historie) slettet av systemet',
    ])
  })
})

describe('the queued build runs', () => {
  const live = () => new Releases(path.join(process.env.DATA_DIR!, 'site'))

  test('the job builds a release with the published story and records it', async () => {
    await publish('Bygges av køen')
    await payload.jobs.run({ queue: 'site' })
    const [build] = (await payload.find({ collection: 'site-builds' })).docs
    expect([build?.status, build?.error ?? null, build?.releaseId]).toEqual([
      'succeeded',
      null,
      live().live(),
    ])
    expect(build?.pages).toBeGreaterThan(10)
    expect(
      fs.existsSync(path.join(live().liveDir()!, 'nb/historier/bygges-av-koen/index.html')),
    ).toBe(true)
    // The builds list shows seconds in the admin's language and a log without terminal colours.
    expect(build?.log).toBeTruthy()
    expect(build?.log).not.toContain(String.fromCharCode(27))
    expect(build?.duration).toMatch(/^\d+(,\d)? sek$/)
    const shown = Number(build!.duration!.replace(',', '.').replace(' sek', ''))
    expect(Math.abs(shown - build!.durationMs! / 1000)).toBeLessThanOrEqual(0.05)
    const english = await rest(`/site-builds/${build!.id}`, {
      token: editor.token,
      headers: { 'Accept-Language': 'en' },
    })
    expect(((await english.json()) as { duration: string }).duration).toMatch(/^[\d.]+ sec$/)
  })

  test('a build whose database cannot be read fails, is recorded, and leaves the live site alone', async () => {
    const before = live().live()
    await publish('Bygges ikke')
    await runFailingSiteBuild(payload)
    const [build] = (await payload.find({ collection: 'site-builds' })).docs
    expect(build?.status).toBe('failed')
    expect(build?.error).toMatch(/^Failed while export/)
    expect(live().live()).toBe(before)
  })
})

describe('the document shows the way of its last publish to the site', () => {
  const status = async (id: DocumentId, locale: string, token: string | null = editor.token) => {
    const response = await rest(`/stories/${id}/site-status?locale=${locale}`, {
      token: token ?? undefined,
    })
    return { code: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const build = async () => (await payload.find({ collection: 'site-builds' })).docs[0]!

  test('queued → building → live with the page in that language, or no page where untranslated', async () => {
    const story = await publish('Veien til nettstedet')
    expect((await status(story.id, 'nb')).body).toMatchObject({ state: 'queued', url: null })
    const { id } = await build()
    const startedAt = new Date(Date.now() + 1).toISOString()
    await payload.update({
      collection: 'site-builds',
      id,
      data: { status: 'running', startedAt },
      context: { queuedBySystem: true },
    })
    expect((await status(story.id, 'nb')).body).toMatchObject({ state: 'building', url: null })
    await payload.update({
      collection: 'site-builds',
      id,
      data: { status: 'succeeded' },
      context: { queuedBySystem: true },
    })
    expect((await status(story.id, 'nb')).body).toMatchObject({
      state: 'live',
      url: `${siteUrl()}/nb/historier/${story.slug}/`,
    })
    expect((await status(story.id, 'sv')).body).toMatchObject({
      state: 'live',
      url: null,
      untranslated: true,
    })
  })

  test('a failed build is told with its first line and the build to open', async () => {
    const story = await publish('Feiler på veien')
    const { id } = await build()
    await payload.update({
      collection: 'site-builds',
      id,
      data: {
        status: 'failed',
        startedAt: new Date().toISOString(),
        error: 'Failed while exporting: stories/12 has no slug in sv\n    at export',
      },
      context: { queuedBySystem: true },
    })
    expect((await status(story.id, 'nb')).body).toEqual({
      state: 'failed',
      url: null,
      buildId: id,
      error: 'Failed while exporting: stories/12 has no slug in sv',
      untranslated: false,
    })
  })

  test('a draft has no way to the site yet, and visitors are not told anything', async () => {
    const draft = await payload.create({
      collection: 'stories',
      draft: true,
      data: { _status: 'draft', title: 'Bare et utkast' },
    })
    expect((await status(draft.id, 'nb')).body).toMatchObject({ state: 'draft' })
    expect((await status(draft.id, 'nb', null)).code).toBe(403)
  })
})
