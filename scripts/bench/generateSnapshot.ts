import fs from 'node:fs/promises'
import path from 'node:path'

import { industries } from '@talentregion/shared/industries'
import { defaultLocale, locales } from '@talentregion/shared/locales'
import { parseSnapshot } from '@talentregion/shared/schemas/parseSnapshot'
import type {
  Snapshot,
  SnapshotMedia,
  SnapshotMediaFile,
} from '@talentregion/shared/schemas/snapshot'
import { topics } from '@talentregion/shared/topics'
import sharp from 'sharp'

import { scenePhoto, type Scene } from '../seed/images'

const scenes: Scene[] = ['lake', 'forest', 'town', 'industry', 'winter', 'portrait', 'meeting']
const words = {
  nb: [
    'fjell',
    'innsjø',
    'fabrikk',
    'ingeniør',
    'familie',
    'skog',
    'karriere',
    'flytte',
    'jobb',
    'vinter',
  ],
  sv: [
    'fjäll',
    'sjö',
    'fabrik',
    'ingenjör',
    'familj',
    'skog',
    'karriär',
    'flytta',
    'jobb',
    'vinter',
  ],
  en: [
    'mountain',
    'lake',
    'factory',
    'engineer',
    'family',
    'forest',
    'career',
    'move',
    'job',
    'winter',
  ],
}

/** Encodes one image the way the CMS does at upload: AVIF and WebP at the srcset widths. */
async function encodeImage(
  dir: string,
  id: string,
  scene: Scene,
  seed: number,
): Promise<SnapshotMedia> {
  const original = await scenePhoto(scene, seed)
  const file = async (
    name: string,
    data: Buffer,
    width: number,
    height: number,
    type: SnapshotMediaFile['type'],
  ) => {
    await fs.writeFile(path.join(dir, 'media', name), data)
    return { path: `media/${name}`, width, height, bytes: data.byteLength, type }
  }
  const sources: SnapshotMediaFile[] = []
  for (const width of [480, 960, 1600]) {
    const height = Math.round((width * 1067) / 1600)
    const resized = sharp(original).resize(width)
    sources.push(
      await file(
        `${id}-${width}.avif`,
        await resized.clone().avif({ quality: 55, effort: 2 }).toBuffer(),
        width,
        height,
        'image/avif',
      ),
    )
    sources.push(
      await file(
        `${id}-${width}.webp`,
        await resized.clone().webp({ quality: 78 }).toBuffer(),
        width,
        height,
        'image/webp',
      ),
    )
  }
  return {
    id,
    alt: { nb: `Bilde ${id}`, sv: `Bild ${id}`, en: `Image ${id}` },
    caption: {},
    decorative: false,
    credit: 'Benchmark',
    licence: 'owned',
    focalX: 50,
    focalY: 50,
    original: await file(`${id}.jpg`, original, 1600, 1067, 'image/jpeg'),
    sources,
    social: await file(
      `${id}-social.jpg`,
      await sharp(original).resize(1200, 630).jpeg().toBuffer(),
      1200,
      630,
      'image/jpeg',
    ),
  }
}

const paragraph = (text: string) => ({
  type: 'paragraph',
  children: [{ type: 'text', text, format: 0 }],
})

type BenchLocale = (typeof locales)[number]

/** `n` words of filler text, varied by `i`. */
const text = (locale: BenchLocale, i: number, n: number) =>
  Array.from({ length: n }, (_, k) => words[locale][(i * 7 + k) % 10]).join(' ')

const inEveryLanguage = <T>(make: (locale: BenchLocale) => T) =>
  Object.fromEntries(locales.map((locale) => [locale, make(locale)]))

const benchMunicipalities = () =>
  ['Hamar', 'Gjøvik', 'Lillehammer', 'Elverum', 'Kongsvinger', 'Falun', 'Borlänge', 'Ludvika'].map(
    (name, i) => ({
      id: `p${i}`,
      name,
      slug: name.toLowerCase().replace('ø', 'o').replace('ä', 'a'),
      region: i < 5 ? 'Innlandet' : 'Dalarna',
      country: i < 5 ? 'NO' : 'SE',
    }),
  )

const benchEmployer = (i: number) => ({
  id: `e${i}`,
  name: `Arbeidsgiver ${i}`,
  slug: `arbeidsgiver-${i}`,
  logo: `m${i % 20}`,
  industry: industries[i % industries.length]!,
  size: '50-249' as const,
  municipalities: [`p${i % 8}`],
  website: 'https://example.no',
  careersUrl: 'https://example.no/jobb',
  englishAtWork: i % 4 === 0,
  translations: inEveryLanguage((locale) => ({
    description: {
      root: { type: 'root' as const, children: [paragraph(words[locale].join(' '))] },
    },
  })),
  featuredStories: [],
  updatedAt: '2026-11-01T10:00:00.000Z',
})

/** A story body as long as a real one, with a quote and a key figure between paragraphs. */
const storyBody = (locale: BenchLocale, i: number) => ({
  root: {
    type: 'root',
    children: [
      paragraph(text(locale, i, 80)),
      {
        type: 'block',
        fields: { blockType: 'quote', quote: text(locale, i + 2, 15), attribution: 'Someone' },
      },
      paragraph(text(locale, i + 3, 120)),
      {
        type: 'block',
        fields: {
          blockType: 'keyFigures',
          figures: [{ value: '10 000', label: text(locale, i, 4) }],
        },
      },
      paragraph(text(locale, i + 5, 100)),
    ],
  },
})

const benchStory = (i: number, images: number) => ({
  id: `s${i}`,
  translations: inEveryLanguage((locale) => ({
    title: `${text(locale, i, 5)} ${i}`,
    slug: `${locale}-story-${i}`,
    excerpt: text(locale, i + 1, 20),
    body: storyBody(locale, i),
    personRole: text(locale, i, 2),
    movedFrom: 'Oslo',
  })),
  heroImage: `m${i % images}`,
  personName: `Person ${i}`,
  municipality: `p${i % 8}`,
  topics: [topics[i % topics.length]!],
  relatedEmployers: [`e${i % 60}`],
  publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString(),
  updatedAt: '2026-11-01T10:00:00.000Z',
})

const benchEvent = (i: number) => ({
  id: `v${i}`,
  translations: inEveryLanguage((locale) => ({
    title: `${text(locale, i, 3)} ${i}`,
    slug: `${locale}-event-${i}`,
    description: null,
  })),
  image: `m${i % 20}`,
  startsAt: new Date(Date.UTC(2027, 0, 1 + i, 9)).toISOString(),
  endsAt: new Date(Date.UTC(2027, 0, 1 + i, 15)).toISOString(),
  timeZone: 'Europe/Oslo',
  place: { name: 'Kulturhuset', address: 'Storgata 1', municipality: `p${i % 8}` },
  registrationUrl: null,
  updatedAt: '2026-11-01T10:00:00.000Z',
})

const benchSettings = () => ({
  translations: inEveryLanguage((locale) => ({
    siteName: 'Benchmark',
    tagline: text(locale, 1, 6),
    footerText: '',
    navigation: [
      { label: 'Stories', target: 'stories', url: null },
      { label: 'Employers', target: 'employers', url: null },
      { label: 'Search', target: 'search', url: null },
    ],
    privacyStatement: null,
    accessibilityStatement: null,
  })),
  contact: { organisation: 'Benchmark', email: '', phone: '', address: '' },
  defaultSocialImage: 'm0',
})

/**
 * Image `id` as a copy of an encoded one with a few bytes of its own at the end, so every
 * image is a file of its own on disk: encoding thousands takes an hour, and for a build an
 * image is only a file to place (decoders ignore the tail).
 */
async function copyImage(dir: string, id: string, from: SnapshotMedia): Promise<SnapshotMedia> {
  const copy = async (file: SnapshotMediaFile) => {
    const name = path.basename(file.path).replace(from.id, id)
    const data = Buffer.concat([
      await fs.readFile(path.join(dir, file.path)),
      Buffer.from(`\n${id}\n`),
    ])
    await fs.writeFile(path.join(dir, 'media', name), data)
    return { ...file, path: `media/${name}`, bytes: data.byteLength }
  }
  return {
    ...from,
    id,
    alt: { nb: `Bilde ${id}`, sv: `Bild ${id}`, en: `Image ${id}` },
    original: await copy(from.original),
    sources: await Promise.all(from.sources.map(copy)),
    social: from.social ? await copy(from.social) : null,
  }
}

/**
 * A snapshot of `stories` stories in every language, with employers, events and `images`
 * images (20 encoded, the rest copies of them with bytes of their own).
 */
export async function generateSnapshot(
  dir: string,
  stories: number,
  images = 20,
): Promise<Snapshot> {
  await fs.rm(dir, { recursive: true, force: true })
  await fs.mkdir(path.join(dir, 'media'), { recursive: true })
  const encoded = await Promise.all(
    Array.from({ length: Math.min(20, images) }, (_, i) =>
      encodeImage(dir, `m${i}`, scenes[i % scenes.length]!, 500 + i),
    ),
  )
  const media = [...encoded]
  for (let i = encoded.length; i < images; i++)
    media.push(await copyImage(dir, `m${i}`, encoded[i % encoded.length]!))
  const parsed = parseSnapshot({
    version: 1,
    generatedAt: new Date().toISOString(),
    defaultLocale,
    locales: [...locales],
    settings: benchSettings(),
    cmsUrl: null,
    graphicProfile: null,
    media,
    municipalities: benchMunicipalities(),
    stories: Array.from({ length: stories }, (_, i) => benchStory(i, images)),
    employers: Array.from({ length: 60 }, (_, i) => benchEmployer(i)),
    events: Array.from({ length: 20 }, (_, i) => benchEvent(i)),
    toolkits: [],
    campaigns: [],
    placements: [],
    redirects: [],
  })
  await fs.writeFile(path.join(dir, 'snapshot.json'), JSON.stringify(parsed))
  return parsed
}
