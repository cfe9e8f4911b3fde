import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

import type { Snapshot, SnapshotToolkit } from '@talentregion/shared/schemas/snapshot'
import { buildSnapshot } from '../../scripts/export/buildSnapshot'
import { localSource } from '../../scripts/export/localSource'
import { buildSite } from '../../scripts/site/buildSite'
import { mediaLicencesEnding } from '../../cms/src/uploads/licencesEnding'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { paragraph, publishedImage, siteSettings } from './helpers/content'
import { pdfUpload, upload } from './helpers/files'
import { startPayload, stopPayload } from './helpers/payload'
import { readZip } from './helpers/zip'
import type { DocumentId } from './helpers/documentId'

const fontsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../scripts/node_modules/@fontsource-variable',
)
const font = (family: string) =>
  fs.readFileSync(path.join(fontsDir, family, 'files', `${family}-latin-wght-normal.woff2`))
const logoSvg = (colour: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 50"><rect width="50" height="50" fill="${colour}"/><path d="M60 10h40v30H60z" fill="${colour}"/></svg>`

let payload: Payload
let snapshot: Snapshot
let toolkit: SnapshotToolkit
const out = (name: string) => path.join(process.env.DATA_DIR!, name)
const ids: Record<string, DocumentId> = {}

async function file(
  name: string,
  mimetype: string,
  data: Buffer,
  extra: { audience?: 'public' | 'partners'; licence?: 'owned' | 'ofl' | 'rights-managed' } = {},
) {
  const created = await payload.create({
    collection: 'files',
    data: { title: name, audience: extra.audience ?? 'public', licence: extra.licence ?? 'owned' },
    file: upload(name, mimetype, data),
  })
  ids[name] = created.id
  return created.id
}

beforeAll(async () => {
  payload = await startPayload()
  await siteSettings(payload)
  const lightLogo = await file('brand-light.svg', 'image/svg+xml', Buffer.from(logoSvg('#0B5D4B')))
  const darkLogo = await file('brand-dark.svg', 'image/svg+xml', Buffer.from(logoSvg('#FFFFFF')))
  const secretLogo = await file(
    'secret-partner-logo.svg',
    'image/svg+xml',
    Buffer.from(logoSvg('#123456')),
    { audience: 'partners' },
  )
  const openFont = await file(
    'source-sans-3-latin-wght-normal.woff2',
    'font/woff2',
    font('source-sans-3'),
    { licence: 'ofl' },
  )
  const paidFont = await file(
    'source-serif-4-latin-wght-normal.woff2',
    'font/woff2',
    font('source-serif-4'),
    { licence: 'rights-managed' },
  )
  const template = await payload.create({
    collection: 'files',
    data: { title: 'Job ad template', audience: 'public', licence: 'owned' },
    file: pdfUpload('job-ad-template.pdf'),
  })
  const photo = await publishedImage(payload, 'lake-photo')
  const expired = await publishedImage(payload, 'expired-photo')
  await payload.update({
    collection: 'media',
    id: expired.id,
    data: {
      licence: 'rights-managed',
      licenceExpires: new Date(Date.now() - 86_400_000).toISOString(),
    },
  })
  ids.photo = photo.id
  ids.expired = expired.id
  const created = await payload.create({
    collection: 'toolkits',
    locale: 'nb',
    data: {
      _status: 'published',
      name: 'Kampanjeprofil',
      visibility: 'public',
      description: 'Alt partnere trenger.',
      colours: [
        {
          name: 'Skoggrønn',
          hex: '#0b5d4b',
          cmyk: '88,30,72,18',
          pantone: '3298 C',
          role: 'primary',
        },
        { name: 'Snø', hex: '#F7F5F0', role: 'background' },
      ],
      typography: [
        {
          family: 'Source Sans 3',
          usage: 'body',
          weights: '400, 600',
          fallback: 'Arial, sans-serif',
          licenceNote: 'SIL OFL',
          fontFiles: [openFont],
        },
        {
          family: 'Source Serif 4',
          usage: 'heading',
          weights: '600',
          fallback: 'Georgia, serif',
          fontFiles: [paidFont],
        },
      ],
      logos: [
        { label: 'Logo lys', background: 'light', file: lightLogo },
        { label: 'Logo mørk', background: 'dark', file: darkLogo },
        { label: 'Hemmelig', background: 'light', file: secretLogo },
      ],
      imageBank: [photo.id, expired.id],
      guidelines: paragraph('Gi logoen luft.'),
      templates: [template.id],
    },
  })
  // Array rows carry their own translations: the English version names each colour and logo.
  await payload.update({
    collection: 'toolkits',
    id: created.id,
    locale: 'en',
    data: {
      _status: 'published',
      name: 'Campaign profile',
      description: 'All partners need.',
      colours: created.colours!.map((colour, i) => ({
        ...colour,
        name: ['Forest green', 'Snow'][i],
      })),
      logos: created.logos!.map((logo) => ({ ...logo, label: `${logo.label} (en)` })),
    },
  })
  ids.toolkit = created.id
  ids.template = template.id
  const partnerKit = await payload.create({
    collection: 'toolkits',
    data: {
      _status: 'published',
      name: 'Secret partner kit',
      visibility: 'partners',
      colours: [{ name: 'Hemmelig blå', hex: '#123456', role: 'primary' }],
      logos: [{ label: 'Hemmelig', background: 'light', file: secretLogo }],
    },
  })
  ids.partnerKit = partnerKit.id
  snapshot = await buildSnapshot(localSource(payload), out('snapshot'))
  toolkit = snapshot.toolkits[0]!
}, 120_000)

afterAll(async () => {
  await stopPayload(payload)
})

const zipOf = (locale: 'nb' | 'en') =>
  readZip(fs.readFileSync(out(`snapshot/${toolkit.translations[locale]!.zip.path}`)))

describe('a public toolkit in the export', () => {
  test('is exported once, in the languages it is written in, with its colours normalised', () => {
    expect(snapshot.toolkits).toHaveLength(1)
    expect(Object.keys(toolkit.translations)).toEqual(['nb', 'en'])
    expect(toolkit.colours.map((colour) => [colour.hex, colour.cmyk, colour.pantone])).toEqual([
      ['#0B5D4B', '88,30,72,18', '3298 C'],
      ['#F7F5F0', null, null],
    ])
  })

  test('the zip holds exactly the toolkit: logos with PNG renditions, tokens, free fonts, images, templates and a README', () => {
    expect([...zipOf('nb').keys()].sort()).toEqual([
      'README.txt',
      'colours/tokens.css',
      'colours/tokens.json',
      'fonts/source-sans-3-latin-wght-normal.woff2',
      'images/lake-photo.png',
      'logos/brand-dark.svg',
      'logos/brand-light.svg',
      'logos/png/brand-dark-1024.png',
      'logos/png/brand-dark-2048.png',
      'logos/png/brand-dark-512.png',
      'logos/png/brand-light-1024.png',
      'logos/png/brand-light-2048.png',
      'logos/png/brand-light-512.png',
      'templates/job-ad-template.pdf',
    ])
  })

  test('files in the zip are byte for byte the files in the CMS', async () => {
    const zip = zipOf('nb')
    const stored = (collection: 'files' | 'media', name: string) =>
      fs.readFileSync(path.join(process.env.DATA_DIR!, collection, name))
    expect(zip.get('logos/brand-light.svg')).toEqual(stored('files', 'brand-light.svg'))
    expect(zip.get('templates/job-ad-template.pdf')).toEqual(stored('files', 'job-ad-template.pdf'))
    expect(zip.get('fonts/source-sans-3-latin-wght-normal.woff2')).toEqual(
      stored('files', 'source-sans-3-latin-wght-normal.woff2'),
    )
    expect(zip.get('images/lake-photo.png')).toEqual(stored('media', 'lake-photo.png'))
    const widths = await Promise.all(
      ['512', '1024', '2048'].map(
        async (width) =>
          (await sharp(zip.get(`logos/png/brand-light-${width}.png`)).metadata()).width,
      ),
    )
    expect(widths).toEqual([512, 1024, 2048])
  })

  test('colour tokens come as CSS custom properties and W3C design tokens', () => {
    const zip = zipOf('en')
    expect(zip.get('colours/tokens.css')!.toString()).toContain(
      '--brand-role-primary: var(--brand-forest-green);',
    )
    const tokens = JSON.parse(zip.get('colours/tokens.json')!.toString()) as {
      colour: Record<string, { $type: string; $value: string }>
    }
    expect(Object.values(tokens.colour).map((token) => [token.$type, token.$value])).toEqual([
      ['color', '#0B5D4B'],
      ['color', '#F7F5F0'],
    ])
  })

  test('the README is in the language of the zip and credits every image', () => {
    const nb = zipOf('nb').get('README.txt')!.toString()
    const en = zipOf('en').get('README.txt')!.toString()
    expect(nb).toMatch(/^Kampanjeprofil\r\n/)
    expect(nb).toContain('Bildekreditering')
    expect(nb).toContain('images/lake-photo.png: Foto: Test')
    expect(en).toMatch(/^Campaign profile\r\n/)
    expect(en).toContain('Image credits')
  })

  test('the same toolkit gives the same zip, byte for byte', async () => {
    const again = await buildSnapshot(localSource(payload), out('again'))
    expect(again.toolkits[0]!.translations.nb!.zip).toEqual(toolkit.translations.nb!.zip)
    expect(fs.readFileSync(out(`again/${again.toolkits[0]!.translations.nb!.zip.path}`))).toEqual(
      fs.readFileSync(out(`snapshot/${toolkit.translations.nb!.zip.path}`)),
    )
  })

  test('a font whose licence does not allow passing it on is named but not handed out', () => {
    const serif = toolkit.typography.find((type) => type.family === 'Source Serif 4')!
    expect(serif.files).toEqual([])
    expect(serif.filesWithheld).toBe(true)
    expect(
      fs.readdirSync(out('snapshot/files')).some((name) => name.startsWith('source-serif-4')),
    ).toBe(false)
  })

  test('an image whose licence has expired is left out of the image bank and the zip', () => {
    expect(toolkit.imageBank).toEqual([String(ids.photo)])
    expect([...zipOf('nb').keys()].some((name) => name.includes('expired'))).toBe(false)
  })
})

describe('partner-only material', () => {
  test('a partner-only toolkit and partner-only files are absent from the export', () => {
    const text = fs.readFileSync(out('snapshot/snapshot.json'), 'utf8')
    expect(text).not.toMatch(/Secret partner kit|Hemmelig|secret-partner-logo/)
    expect(toolkit.logos.map((logo) => logo.file.filename)).toEqual([
      'brand-light.svg',
      'brand-dark.svg',
    ])
    expect(fs.readdirSync(out('snapshot/files')).filter((name) => name.includes('secret'))).toEqual(
      [],
    )
  })

  test('and from the built release: no page, file, sitemap entry or search index entry', async () => {
    const release = out('release')
    await buildSite({ snapshotDir: out('snapshot'), outDir: release })
    const everything = fs
      .readdirSync(release, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
    expect(everything.filter((name) => /secret/i.test(name))).toEqual([])
    // Pagefind's index and fragments are gzip-compressed; everything else is read as it is.
    const readable = (name: string) => {
      const data = fs.readFileSync(name)
      const gzipped = data[0] === 0x1f && data[1] === 0x8b
      return (gzipped ? gunzipSync(data) : data).toString('latin1')
    }
    const hits = everything.filter((name) => /Secret partner kit|Hemmelig/.test(readable(name)))
    expect(hits).toEqual([])
    // The public toolkit is there, so the search above looked in the right place.
    const fragments = everything.filter((name) => name.includes(`${path.sep}fragment${path.sep}`))
    expect(fragments.map(readable).some((text) => text.includes('Kampanjeprofil'))).toBe(true)
    const sitemap = fs.readFileSync(path.join(release, 'sitemap-0.xml'), 'utf8')
    expect(sitemap).toContain('/nb/verktoykasser/kampanjeprofil/')
  }, 180_000)
})

describe('licence warnings for editors', () => {
  test('list images whose licence ends within 30 days or has just ended, soonest first', async () => {
    const day = 86_400_000
    const expiring = async (name: string, inDays: number) => {
      const image = await publishedImage(payload, name)
      await payload.update({
        collection: 'media',
        id: image.id,
        data: {
          licence: 'rights-managed',
          licenceExpires: new Date(Date.now() + inDays * day).toISOString(),
        },
      })
    }
    await expiring('ends-in-ten-days', 10)
    await expiring('ends-in-forty-days', 40)
    await expiring('ends-today', 0)
    const ending = await mediaLicencesEnding(payload)
    expect(ending.map((item) => [item.label, item.daysLeft])).toEqual([
      ['Bilde expired-photo', -1],
      ['Bilde ends-today', 0],
      ['Bilde ends-in-ten-days', 10],
    ])
  })
})
