import fs from 'node:fs/promises'
import path from 'node:path'

import { t } from '@talentregion/shared/i18n'
import { relationId, relationIds } from '@talentregion/shared/relationId'
import { defaultLocale, locales, type Locale } from '@talentregion/shared/locales'
import { responsiveSizeNames, socialSizeName } from '@talentregion/shared/mediaSizes'
import { parseSnapshot } from '@talentregion/shared/schemas/parseSnapshot'
import {
  snapshotVersion,
  type Snapshot,
  type SnapshotMedia,
  type SnapshotMediaFile,
} from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'

import { asText, idsIn, inLocale, isoDate, translatedText, type Localized } from './fields'
import { normaliseRichText, withoutImages } from './richText'
import type { ContentSource, RawDoc } from './source'
import { readCampaigns, readPlacements } from './campaigns'
import { packToolkits, readToolkits } from './toolkits'
import { writeHashed } from './writeHashed'

const published = { _status: { equals: 'published' } }

/** A document's translations: one entry for each language its title is written in. */
function titledTranslations<T>(
  doc: RawDoc,
  make: (locale: Locale, title: string) => T,
): Partial<Record<Locale, T>> {
  const translations: Partial<Record<Locale, T>> = {}
  for (const locale of locales) {
    const title = inLocale(doc.title, locale)
    if (title) translations[locale] = make(locale, title)
  }
  return translations
}

interface MediaSize {
  filename?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
}

/**
 * Reads everything the public site shows from a content source, copies the media files it uses
 * (named by content hash, so they can be cached for ever) and writes a validated snapshot.json.
 */
export async function buildSnapshot(source: ContentSource, outDir: string): Promise<Snapshot> {
  const [storyDocs, employerDocs, eventDocs, placeDocs] = await Promise.all([
    source.findAll('stories', published),
    source.findAll('employers', published),
    source.findAll('events', published),
    source.findAll('municipalities'),
  ])
  const wantedMedia = new Set<string>()
  const useImage = (value: unknown) => {
    const id = relationId(value)
    if (id) wantedMedia.add(id)
    return id
  }

  const places = placeDocs.map((doc) => ({
    id: String(doc.id),
    name: asText(doc.name),
    slug: asText(doc.slug) || slugify(asText(doc.name)),
    region: asText(doc.region),
    country: doc.country as 'NO' | 'SE',
  }))
  const employerIds = new Set(employerDocs.map((doc) => String(doc.id)))
  const storyIds = new Set(storyDocs.map((doc) => String(doc.id)))
  // Relations to anything not exported (drafts, deleted documents) are dropped, never dangling.

  const stories = storyDocs.map((doc) => {
    const person = (doc.person ?? {}) as Record<string, unknown>
    const translations = titledTranslations(doc, (locale, title) => ({
      title,
      slug: inLocale(doc.slug, locale) || slugify(title),
      excerpt: inLocale(doc.excerpt, locale),
      body: normaliseRichText((doc.body as Localized | null)?.[locale], useImage),
      personRole: inLocale(person.role, locale),
      movedFrom: inLocale(person.movedFrom, locale),
    }))
    return {
      id: String(doc.id),
      translations,
      heroImage: useImage(doc.heroImage),
      personName: asText(person.name),
      municipality: relationId(doc.municipality),
      topics: (Array.isArray(doc.topics)
        ? doc.topics
        : []) as Snapshot['stories'][number]['topics'],
      relatedEmployers: idsIn(doc.relatedEmployers, employerIds),
      publishedAt: isoDate(doc.publishedAt ?? doc.createdAt),
      updatedAt: isoDate(doc.updatedAt),
    }
  })

  const employers = employerDocs.map((doc) => {
    const descriptions = Object.fromEntries(
      locales.map((locale) => [
        locale,
        normaliseRichText((doc.description as Localized | null)?.[locale], useImage),
      ]),
    ) as Record<Locale, ReturnType<typeof normaliseRichText>>
    const described = locales.filter((locale) => descriptions[locale] !== null)
    // An employer is language-neutral until it has a description; then it exists where that is written.
    const present = described.length === 0 ? locales : described
    return {
      id: String(doc.id),
      name: asText(doc.name),
      slug: asText(doc.slug) || slugify(asText(doc.name)),
      logo: useImage(doc.logo),
      industry: doc.industry as Snapshot['employers'][number]['industry'],
      size: (doc.size ?? null) as Snapshot['employers'][number]['size'],
      municipalities: relationIds(doc.municipalities),
      website: asText(doc.website) || null,
      careersUrl: asText(doc.careersUrl) || null,
      translations: Object.fromEntries(
        present.map((locale) => [locale, { description: descriptions[locale] }]),
      ),
      featuredStories: idsIn(doc.featuredStories, storyIds),
      updatedAt: isoDate(doc.updatedAt),
    }
  })

  const events = eventDocs.map((doc) => {
    const place = (doc.place ?? {}) as Record<string, unknown>
    const translations = titledTranslations(doc, (locale, title) => ({
      title,
      slug: inLocale(doc.slug, locale) || slugify(title),
      description: normaliseRichText((doc.description as Localized | null)?.[locale], useImage),
    }))
    return {
      id: String(doc.id),
      translations,
      image: useImage(doc.image),
      startsAt: isoDate(doc.startsAt),
      endsAt: isoDate(doc.endsAt),
      timeZone: (asText(doc.startsAt_tz) || 'Europe/Oslo') as 'Europe/Oslo',
      place: {
        name: asText(place.name),
        address: asText(place.address),
        municipality: relationId(place.municipality),
      },
      registrationUrl: asText(doc.registrationUrl) || null,
      updatedAt: isoDate(doc.updatedAt),
    }
  })

  // Site chrome is always complete: an untranslated setting falls back to Norwegian.
  const settingsByLocale = Object.fromEntries(
    await Promise.all(
      locales.map(
        async (locale) =>
          [locale, await source.findGlobal('site-settings', { locale, fallback: true })] as const,
      ),
    ),
  ) as Record<Locale, Record<string, unknown>>
  const base = settingsByLocale[defaultLocale]
  const settings: Snapshot['settings'] = {
    translations: Object.fromEntries(
      locales.map((locale) => {
        const doc = settingsByLocale[locale]
        const navigation = (Array.isArray(doc.navigation) ? doc.navigation : []) as Record<
          string,
          unknown
        >[]
        return [
          locale,
          {
            siteName: asText(doc.siteName) || 'Talentregion',
            tagline: asText(doc.tagline),
            footerText: asText(doc.footerText),
            navigation: navigation.map((item) => ({
              label: asText(item.label),
              target:
                item.target as Snapshot['settings']['translations']['nb']['navigation'][number]['target'],
              url: asText(item.url) || null,
            })),
            privacyStatement: normaliseRichText(doc.privacyStatement, useImage),
            accessibilityStatement: normaliseRichText(doc.accessibilityStatement, useImage),
          },
        ]
      }),
    ) as Snapshot['settings']['translations'],
    contact: {
      organisation: asText((base.contact as Record<string, unknown> | undefined)?.organisation),
      email: asText((base.contact as Record<string, unknown> | undefined)?.email),
      phone: asText((base.contact as Record<string, unknown> | undefined)?.phone),
      address: asText((base.contact as Record<string, unknown> | undefined)?.address),
    },
    defaultSocialImage: useImage(base.defaultSocialImage),
    homeStory: relationId(base.homeStory),
  }

  const graphicProfile = await readGraphicProfile(source, relationId(base.graphicProfile))
  const today = new Date().toISOString().slice(0, 10)
  const campaigns = await readCampaigns(
    source,
    {
      stories: storyIds,
      employers: employerIds,
      events: new Set(eventDocs.map((doc) => String(doc.id))),
    },
    useImage,
    Object.fromEntries(
      locales.map((locale) => [
        locale,
        asText(settingsByLocale[locale].leadConsent) || t(locale, 'lead.consentDefault'),
      ]),
    ) as Record<Locale, string>,
    today,
  )
  const placements = await readPlacements(source, new Set(campaigns.map((item) => item.id)))
  const redirects = (await source.findAll('redirects')).map((doc) => ({
    from: asText(doc.from),
    to: asText(doc.to),
  }))

  await fs.rm(outDir, { recursive: true, force: true })
  await fs.mkdir(path.join(outDir, 'media'), { recursive: true })
  await fs.mkdir(path.join(outDir, 'files'), { recursive: true })
  const toolkitDrafts = await readToolkits(source, outDir, useImage)
  // An image whose licence has run out leaves the site with the next build, wherever it was used.
  const startOfToday = new Date(today).toISOString()
  const mediaDocs = wantedMedia.size
    ? await source.findAll('media', {
        and: [
          { id: { in: [...wantedMedia].join(',') } },
          {
            or: [
              { licenceExpires: { exists: false } },
              { licenceExpires: { greater_than_equal: startOfToday } },
            ],
          },
        ],
      })
    : []
  const media = await Promise.all(mediaDocs.map((doc) => exportMedia(source, doc, outDir)))
  const exported = new Set(media.map((item) => item.id))
  const image = (id: string | null) => (id !== null && exported.has(id) ? id : null)
  for (const story of stories) {
    story.heroImage = image(story.heroImage)
    for (const text of Object.values(story.translations))
      text.body = withoutImages(text.body, exported)
  }
  for (const employer of employers) {
    employer.logo = image(employer.logo)
    for (const text of Object.values(employer.translations))
      text.description = withoutImages(text.description, exported)
  }
  for (const event of events) {
    event.image = image(event.image)
    for (const text of Object.values(event.translations))
      text.description = withoutImages(text.description, exported)
  }
  settings.defaultSocialImage = image(settings.defaultSocialImage)
  // A chosen story that is not published (any more) leaves the choice to the newest story.
  if (!stories.some((story) => story.id === settings.homeStory)) settings.homeStory = null
  for (const campaign of campaigns) {
    for (const text of Object.values(campaign.translations)) {
      text.followUp.body = withoutImages(text.followUp.body, exported)
      for (const item of text.blocks) if (item.type === 'hero') item.image = image(item.image)
    }
  }
  const toolkits = await packToolkits(toolkitDrafts, media, outDir)

  const snapshot = parseSnapshot({
    version: snapshotVersion,
    generatedAt: new Date().toISOString(),
    defaultLocale,
    locales: [...locales],
    settings,
    cmsUrl: source.cmsUrl?.replace(/\/$/, '') ?? null,
    graphicProfile,
    media,
    municipalities: places,
    stories,
    employers,
    events,
    toolkits,
    campaigns,
    placements,
    redirects,
  })
  await fs.writeFile(path.join(outDir, 'snapshot.json'), `${JSON.stringify(snapshot, null, 2)}\n`)
  return snapshot
}

async function readGraphicProfile(
  source: ContentSource,
  toolkitId: string | null,
): Promise<Snapshot['graphicProfile']> {
  if (!toolkitId) return null
  // Only a published, public toolkit may style the site; anything else leaves the default look.
  const [toolkit] = await source.findAll('toolkits', {
    and: [{ id: { equals: toolkitId } }, published, { visibility: { equals: 'public' } }],
  })
  if (!toolkit) return null
  const colours = (Array.isArray(toolkit.colours) ? toolkit.colours : []) as Record<
    string,
    unknown
  >[]
  const typography = (Array.isArray(toolkit.typography) ? toolkit.typography : []) as Record<
    string,
    unknown
  >[]
  return {
    toolkitId: String(toolkit.id),
    colours: colours.map((colour) => ({
      name: translatedText(colour.name),
      hex: asText(colour.hex).toUpperCase(),
      role: (colour.role ?? 'accent') as 'accent',
    })),
    typography: typography.map((type) => ({
      family: asText(type.family),
      usage: type.usage as 'heading' | 'body',
      fallback: asText(type.fallback),
    })),
  }
}

async function copyFile(
  source: ContentSource,
  outDir: string,
  file: MediaSize,
): Promise<SnapshotMediaFile | null> {
  if (!file.filename || !file.width || !file.height || !file.mimeType) return null
  const data = await source.readUpload('media', file.filename)
  return {
    path: await writeHashed(outDir, 'media', file.filename, data),
    width: file.width,
    height: file.height,
    bytes: data.byteLength,
    type: file.mimeType as SnapshotMediaFile['type'],
  }
}

async function exportMedia(
  source: ContentSource,
  doc: RawDoc,
  outDir: string,
): Promise<SnapshotMedia> {
  const sizes = (doc.sizes ?? {}) as Record<string, MediaSize>
  const original = await copyFile(source, outDir, doc as MediaSize)
  if (!original) throw new Error(`media/${doc.id} has no stored file; upload it again.`)
  const sources: SnapshotMediaFile[] = []
  for (const name of responsiveSizeNames) {
    // An image uploaded before a width was added has no rendition at it; the others serve.
    const copied = sizes[name] ? await copyFile(source, outDir, sizes[name]) : null
    if (copied) sources.push(copied)
  }
  return {
    id: String(doc.id),
    alt: translatedText(doc.alt),
    caption: translatedText(doc.caption),
    decorative: doc.decorative === true,
    credit: asText(doc.credit),
    licence: (asText(doc.licence) || 'owned') as SnapshotMedia['licence'],
    focalX: typeof doc.focalX === 'number' ? doc.focalX : 50,
    focalY: typeof doc.focalY === 'number' ? doc.focalY : 50,
    original,
    sources: sources.sort((a, b) => a.type.localeCompare(b.type) || a.width - b.width),
    social: sizes[socialSizeName] ? await copyFile(source, outDir, sizes[socialSizeName]) : null,
  }
}
