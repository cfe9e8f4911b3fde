import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

import { localSource } from '../../scripts/export/localSource'
import { runBuild } from '../../scripts/publish/runBuild'
import { Releases } from '@talentregion/shared/releases'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { paragraph, siteSettings } from './helpers/content'
import { startPayload, stopPayload } from './helpers/payload'
import { rest } from './helpers/rest'
import { createUser, type TestUser } from './helpers/users'
import type { DocumentId } from './helpers/documentId'

let payload: Payload
let editor: TestUser
let partner: TestUser
let draftId: DocumentId
let previewPath: string
let secondPreviewPath: string

beforeAll(async () => {
  payload = await startPayload()
  editor = await createUser(payload, 'editor')
  const employer = await payload.create({
    collection: 'employers',
    data: { _status: 'published', name: 'Partner AS', industry: 'food', country: 'NO' },
    context: { skipSiteBuild: true },
  })
  partner = await createUser(payload, 'partner', { employer: employer.id })
  await siteSettings(payload)
  await payload.create({
    collection: 'stories',
    data: {
      _status: 'published',
      title: 'En publisert historie',
      body: paragraph('Offentlig tekst'),
    },
    context: { skipSiteBuild: true },
  })
  const draft = await payload.create({
    collection: 'stories',
    draft: true,
    data: { _status: 'draft', title: 'Hemmelig utkast', body: paragraph('Upublisert hemmelighet') },
    context: { skipSiteBuild: true },
  })
  draftId = draft.id
  await runBuild({
    root: path.join(process.env.DATA_DIR!, 'site'),
    source: () => Promise.resolve(localSource(payload)),
  })
  // Two clicks on "Preview" while the first build runs: one build, one answer for both.
  const [first, second] = await Promise.all(
    [0, 1].map(() => rest(`/site-preview/stories/${draftId}?locale=nb`, { token: editor.token })),
  )
  previewPath = first!.headers.get('location') ?? ''
  secondPreviewPath = second!.headers.get('location') ?? ''
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

describe('previewing a draft', () => {
  test('a second request while the first build runs shares that build', () => {
    expect(secondPreviewPath).toBe(previewPath)
  })

  test('a preview that fails tells the editor what to do, without paths or stack traces', async () => {
    const response = await rest('/site-preview/stories/987654?locale=sv', {
      token: editor.token,
      headers: { 'Accept-Language': 'sv' },
    })
    expect(response.status).toBe(500)
    const html = await response.text()
    expect(html).toContain('Förhandsvisningen kunde inte skapas.')
    expect(html).toMatch(/referensen [0-9a-f]{8}/)
    expect(html).toContain('href="/admin/collections/stories/987654"')
    expect(html).not.toMatch(/\/tmp\/|\/work\/|node_modules|\bat \S+ \(|Error:/)
  })

  test('an editor is sent to a private build of the draft in the chosen language', () => {
    expect(previewPath).toMatch(
      /^\/api\/site-preview-files\/[0-9a-f]{32}\/nb\/historier\/hemmelig-utkast\/$/,
    )
  })

  test('the preview renders the draft with the real templates, its assets pointing into the preview', async () => {
    const response = await rest(previewPath.replace(/^\/api/, ''), { token: editor.token })
    const html = await response.text()
    expect(response.status).toBe(200)
    expect(html).toContain('<h1>Hemmelig utkast</h1>')
    expect(html).toContain('class="preview-band" role="status"')
    expect(html).toContain('Forhåndsvisning – ikke publisert')
    expect(html).not.toContain('Publisert <time')
    // Stylesheets and the web fonts come from the preview, not from the live site.
    expect(html).toMatch(
      /<link rel="stylesheet" href="\/api\/site-preview-files\/[0-9a-f]{32}\/_astro\//,
    )
    expect(html).toMatch(/src:url\("\/api\/site-preview-files\/[0-9a-f]{32}\/_astro\/fonts\//)
    expect(html).not.toMatch(/url\("?\/_astro/)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  test.each([
    ['anonymous visitors', undefined],
    ['partners', 'partner'],
  ])('%s get no preview and no preview files', async (_, who) => {
    const token = who === 'partner' ? partner.token : undefined
    const start = await rest(`/site-preview/stories/${draftId}`, { token })
    const files = await rest(previewPath.replace(/^\/api/, ''), { token })
    expect([start.status, files.status]).toEqual([401, 401])
  })

  test('the draft is not in the live release nor its search index', () => {
    const live = new Releases(path.join(process.env.DATA_DIR!, 'site')).liveDir()!
    const fragments = path.join(live, 'pagefind', 'fragment')
    const index = fs
      .readdirSync(fragments)
      .map((file) => zlib.gunzipSync(fs.readFileSync(path.join(fragments, file))).toString('utf8'))
      .join('')
    expect(fs.existsSync(path.join(live, 'nb/historier/hemmelig-utkast'))).toBe(false)
    expect(index).toContain('En publisert historie')
    expect(index).not.toContain('Hemmelig utkast')
  })
})
