import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { localSource } from '../../scripts/export/localSource'
import type { ContentSource } from '../../scripts/export/source'
import { runBuild, type BuildOptions } from '../../scripts/publish/runBuild'
import { Releases } from '@talentregion/shared/releases'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { paragraph, publishedImage, siteSettings } from './helpers/content'
import { startPayload, stopPayload } from './helpers/payload'
import { searchIndexText } from './helpers/searchIndex'

let payload: Payload
let story: { id: string | number }
let image: { id: string | number }
/** Upload files the exports read, by name. */
const uploadsRead: string[] = []
const incrementalRoot = () => path.join(process.env.DATA_DIR!, 'site')
const lines: string[] = []
const build = (root: string, options: Partial<BuildOptions> = {}) =>
  runBuild({
    root,
    source: () => {
      const source = localSource(payload)
      return Promise.resolve({
        ...source,
        readUpload: (collection, filename) => {
          uploadsRead.push(filename)
          return source.readUpload(collection, filename)
        },
      } satisfies ContentSource)
    },
    bucket: null,
    log: (line) => lines.push(line),
    ...options,
  })

/** Every file of a tree, relative path → content. */
function filesOf(dir: string): Map<string, Buffer> {
  return new Map(
    fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => fs.statSync(path.join(dir, file)).isFile() && file !== '.complete')
      .map((file) => [file, fs.readFileSync(path.join(dir, file))]),
  )
}

/** Where two trees differ: missing, extra or different files. */
function differences(actual: string, expected: string): string[] {
  const a = filesOf(actual)
  const b = filesOf(expected)
  return [
    ...[...b.keys()].filter((file) => !a.has(file)).map((file) => `missing ${file}`),
    ...[...a.keys()].filter((file) => !b.has(file)).map((file) => `extra ${file}`),
    ...[...a]
      .filter(([file, data]) => b.has(file) && !data.equals(b.get(file)!))
      .map(([file]) => `differs ${file}`),
  ]
}

/**
 * Builds incrementally (the release tree shared with earlier builds) and from nothing, and
 * expects every file of the two releases to be the same.
 */
async function expectSameAsFullBuild() {
  const incremental = await build(incrementalRoot())
  const fullRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-full-'))
  try {
    const full = await build(fullRoot)
    expect(full.rendered).toBe(full.pages)
    expect(
      differences(
        new Releases(incrementalRoot()).pathOf(incremental.releaseId),
        new Releases(fullRoot).pathOf(full.releaseId),
      ),
    ).toEqual([])
  } finally {
    fs.rmSync(fullRoot, { recursive: true, force: true })
  }
  return incremental
}

const storyData = (title: string) => ({
  _status: 'published' as const,
  title,
  excerpt: `${title} ingress`,
  body: paragraph(`${title} brødtekst`),
})

async function publishStory(title: string) {
  const created = await payload.create({
    collection: 'stories',
    locale: 'nb',
    data: storyData(title),
    context: { skipSiteBuild: true },
  })
  await payload.update({
    collection: 'stories',
    id: created.id,
    locale: 'sv',
    data: storyData(`${title} sv`),
    context: { skipSiteBuild: true },
  })
  return created
}

beforeAll(async () => {
  payload = await startPayload()
  await siteSettings(payload)
  image = await publishedImage(payload, 'forside')
  for (let i = 1; i <= 30; i++) await publishStory(`Historie nummer ${i}`)
  story = await publishStory('Historien som endres')
  await payload.update({
    collection: 'stories',
    id: story.id,
    data: { heroImage: image.id },
    context: { skipSiteBuild: true },
  })
  const first = await build(incrementalRoot())
  expect(first.rendered).toBe(first.pages)
})

afterAll(async () => {
  await stopPayload(payload)
})

describe('incremental builds', () => {
  test('with nothing changed, no page is rendered and the release costs no new files but the search index', async () => {
    const before = new Releases(incrementalRoot()).liveDir()!
    const result = await build(incrementalRoot())
    // Only the two pages Astro cannot cache (no getStaticPaths): /index.html and /404.html.
    expect(result.rendered).toBeLessThanOrEqual(2)
    const after = new Releases(incrementalRoot()).liveDir()!
    // A page and a picture are the very same file in both releases, not a copy.
    for (const file of ['nb/historier/historien-som-endres/index.html', 'sitemap-0.xml']) {
      expect(fs.statSync(path.join(after, file)).ino).toBe(fs.statSync(path.join(before, file)).ino)
    }
    const media = fs.readdirSync(path.join(after, 'media'))
    expect(media.length).toBeGreaterThan(0)
    for (const file of media)
      expect(fs.statSync(path.join(after, 'media', file)).ino).toBe(
        fs.statSync(path.join(before, 'media', file)).ino,
      )
  })

  test('an image is read from the uploads once, and again only when it changed', async () => {
    uploadsRead.length = 0
    await build(incrementalRoot())
    expect(uploadsRead).toEqual([])
    await payload.update({
      collection: 'media',
      id: image.id,
      locale: 'sv',
      data: { alt: 'En ny bildtext' },
    })
    const changed = await build(incrementalRoot())
    const files = uploadsRead.length
    // The original and its sizes, all of them the changed image's.
    expect(files).toBeGreaterThan(1)
    expect(changed.rendered).toBeLessThan(changed.pages / 5)
    uploadsRead.length = 0
    // Nothing more for the unchanged incremental build; all of them for the one from nothing.
    await expectSameAsFullBuild()
    expect(uploadsRead).toHaveLength(files)
  })

  test('a Swedish title edit renders the story and the pages that show it, and nothing else', async () => {
    await payload.update({
      collection: 'stories',
      id: story.id,
      locale: 'sv',
      data: { title: 'En ny svensk rubrik' },
      context: { skipSiteBuild: true },
    })
    const result = await expectSameAsFullBuild()
    // Its page in nb and sv, the story list and home page in both, the story before it in both.
    expect(result.rendered).toBeGreaterThanOrEqual(2)
    expect(result.rendered).toBeLessThanOrEqual(10)
    expect(result.rendered).toBeLessThan(result.pages / 5)
    const live = new Releases(incrementalRoot()).liveDir()!
    expect(fs.readFileSync(path.join(live, 'sv/berattelser/index.html'), 'utf8')).toContain(
      'En ny svensk rubrik',
    )
  })

  test('a renamed story moves to its new address: the old page, sitemap entry and search entry are gone', async () => {
    await payload.update({
      collection: 'stories',
      id: story.id,
      locale: 'nb',
      data: { slug: 'historien-med-nytt-navn' },
      context: { skipSiteBuild: true },
    })
    await expectSameAsFullBuild()
    const live = new Releases(incrementalRoot()).liveDir()!
    expect(fs.existsSync(path.join(live, 'nb/historier/historien-som-endres'))).toBe(false)
    expect(fs.existsSync(path.join(live, 'nb/historier/historien-med-nytt-navn/index.html'))).toBe(
      true,
    )
    expect(fs.readFileSync(path.join(live, 'sitemap-0.xml'), 'utf8')).not.toContain(
      '/nb/historier/historien-som-endres/',
    )
    expect(searchIndexText(live)).not.toContain('/nb/historier/historien-som-endres/')
    expect(searchIndexText(live)).toContain('/nb/historier/historien-med-nytt-navn/')
  })

  test('an unpublished or deleted story leaves the release', async () => {
    const doomed = await payload.find({
      collection: 'stories',
      where: { title: { in: 'Historie nummer 3,Historie nummer 4' } },
      locale: 'nb',
    })
    expect(doomed.docs).toHaveLength(2)
    await payload.update({
      collection: 'stories',
      id: doomed.docs[0]!.id,
      data: { _status: 'draft' },
      context: { skipSiteBuild: true },
    })
    await payload.delete({
      collection: 'stories',
      id: doomed.docs[1]!.id,
      context: { skipSiteBuild: true },
    })
    await expectSameAsFullBuild()
    const live = new Releases(incrementalRoot()).liveDir()!
    expect(fs.existsSync(path.join(live, 'nb/historier/historie-nummer-3'))).toBe(false)
    expect(fs.existsSync(path.join(live, 'nb/historier/historie-nummer-4'))).toBe(false)
  })

  test("a new page's compounds are split by the dictionary, as a full build splits them", async () => {
    await publishStory('Vi søker byggingeniører')
    await expectSameAsFullBuild()
    expect(searchIndexText(new Releases(incrementalRoot()).liveDir()!)).toContain('bygg_ingeniører')
  })

  test('a change to the site settings renders every page again', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'nb',
      data: { tagline: 'Et nytt slagord for regionen' },
      context: { skipSiteBuild: true },
    })
    const result = await expectSameAsFullBuild()
    expect(result.rendered).toBe(result.pages)
  })

  test('a new graphic profile renders every page again', async () => {
    const toolkit = await payload.create({
      collection: 'toolkits',
      locale: 'nb',
      data: {
        _status: 'published',
        name: 'Regionens profil',
        visibility: 'public',
        colours: [{ name: 'Skog', hex: '#1F5E3B', role: 'primary' }],
      },
      context: { skipSiteBuild: true },
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { graphicProfile: toolkit.id },
      context: { skipSiteBuild: true },
    })
    const result = await expectSameAsFullBuild()
    expect(result.rendered).toBe(result.pages)
  })

  test('a damaged build cache means a full build, said in the log, with the same result', async () => {
    fs.writeFileSync(
      path.join(incrementalRoot(), 'build', 'cache', 'incremental-build.json'),
      '{"routes": tru',
    )
    lines.length = 0
    const result = await expectSameAsFullBuild()
    expect(result.rendered).toBe(result.pages)
    expect(lines).toContain('build: full build (the build cache is damaged)')
  })

  test('old releases are pruned without removing a file a kept release still uses; rollback still works', async () => {
    const root = incrementalRoot()
    for (let i = 0; i < 3; i++) {
      await payload.update({
        collection: 'stories',
        id: story.id,
        locale: 'nb',
        data: { excerpt: `Utgave ${i}` },
        context: { skipSiteBuild: true },
      })
      await build(root, { keep: 2 })
    }
    const releases = new Releases(root)
    const kept = releases.list()
    expect(kept).toHaveLength(2)
    // Every stored file belongs to a kept release: nothing orphaned, nothing shared lost.
    const store = path.join(root, 'store')
    for (const folder of fs.readdirSync(store)) {
      if (folder === 'index.json') continue
      for (const file of fs.readdirSync(path.join(store, folder)))
        expect(fs.statSync(path.join(store, folder, file)).nlink).toBeGreaterThan(1)
    }
    const older = kept[1]!
    releases.activate(older)
    const page = fs.readFileSync(
      path.join(releases.liveDir()!, 'nb/historier/historien-med-nytt-navn/index.html'),
      'utf8',
    )
    expect(page).toContain('Utgave 1')
    expect(filesOf(releases.liveDir()!).size).toBeGreaterThan(100)
  })
})
