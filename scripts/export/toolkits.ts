import fs from 'node:fs/promises'
import path from 'node:path'

import { mayRedistribute } from '@talentregion/shared/licences'
import { locales, type Locale } from '@talentregion/shared/locales'
import type { SnapshotMedia, SnapshotToolkit } from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'
import type { ToolkitContent } from '@talentregion/shared/toolkit/content'
import { logoRenditions } from '@talentregion/shared/toolkit/renditions'
import { toolkitZip } from '@talentregion/shared/toolkit/toolkitZip'
import sharp from 'sharp'

import {
  asText,
  isoDate,
  published,
  rows,
  translatedText,
  type Localized,
  type Row,
  type UseImage,
} from './fields'
import { normaliseRichText, withoutImages } from './richText'
import type { ContentSource, RawDoc } from './source'
import { licenceOf, toolkitFiles, writeDownload, type ToolkitFiles } from './toolkitFiles'

/**
 * Reads the published public toolkits and copies their files. Files come through the same
 * anonymous read as everything else, so a partner-only file in a public toolkit is left out.
 * `useImage` registers image-bank pictures for the media export (which drops expired ones).
 */
export async function readToolkits(
  source: ContentSource,
  outDir: string,
  useImage: UseImage,
): Promise<ToolkitContent[]> {
  const docs = await source.findAll('toolkits', {
    and: [published, { visibility: { equals: 'public' } }],
  })
  const files = await toolkitFiles(source, outDir, docs)
  return Promise.all(docs.map((doc) => readToolkit(doc, files, useImage, outDir)))
}

async function readToolkit(
  doc: RawDoc,
  files: ToolkitFiles,
  useImage: UseImage,
  outDir: string,
): Promise<ToolkitContent> {
  return {
    id: String(doc.id),
    translations: toolkitTranslations(doc, useImage),
    colours: rows(doc.colours).map((colour) => ({
      name: translatedText(colour.name),
      hex: asText(colour.hex).toUpperCase(),
      cmyk: asText(colour.cmyk) || null,
      pantone: asText(colour.pantone) || null,
      role: (colour.role ?? 'accent') as 'accent',
    })),
    typography: await Promise.all(rows(doc.typography).map((type) => readTypeface(type, files))),
    logos: (await Promise.all(rows(doc.logos).map((logo) => readLogo(logo, files, outDir)))).filter(
      (logo) => logo !== null,
    ),
    imageBank: rows(doc.imageBank)
      .map((item) => useImage(item))
      .filter((id): id is string => id !== null),
    templates: await files.entries(doc.templates),
    updatedAt: isoDate(doc.updatedAt),
  }
}

/** A toolkit's texts in each language its name is written in. */
function toolkitTranslations(doc: RawDoc, useImage: UseImage): ToolkitContent['translations'] {
  const inLanguage = (field: unknown, locale: Locale) => (field as Localized | null)?.[locale]
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const name = asText(inLanguage(doc.name, locale))
      if (!name) return []
      const text = {
        name,
        slug: asText(inLanguage(doc.slug, locale)) || slugify(name),
        description: asText(inLanguage(doc.description, locale)),
        guidelines: normaliseRichText(inLanguage(doc.guidelines, locale), useImage),
      }
      return [[locale, text]]
    }),
  )
}

/** A logo with its size and PNG renditions, or null when its file is not public. */
async function readLogo(
  logo: Row,
  files: ToolkitFiles,
  outDir: string,
): Promise<ToolkitContent['logos'][number] | null> {
  const logoDoc = files.docsOf([logo.file])[0]
  if (!logoDoc) return null
  const { data, entry } = await files.handOut(logoDoc)
  const base = path.basename(entry.filename, path.extname(entry.filename))
  const renditions = await logoRenditions(data, entry.type)
  const { width = 1, height = 1 } = await sharp(data).metadata()
  return {
    label: translatedText(logo.label),
    background: logo.background === 'dark' ? 'dark' : 'light',
    file: entry,
    width,
    height,
    renditions: await Promise.all(
      renditions.map(async (rendition) => ({
        width: rendition.width,
        height: rendition.height,
        ...(await writeDownload(
          outDir,
          `${base}-${rendition.width}.png`,
          rendition.data,
          'image/png',
        )),
      })),
    ),
  }
}

/** A typeface, with the font files its licence lets us pass on. */
async function readTypeface(
  type: Row,
  files: ToolkitFiles,
): Promise<ToolkitContent['typography'][number]> {
  const fonts = files.docsOf(type.fontFiles)
  const free = fonts.filter((font) => mayRedistribute(licenceOf(font)))
  return {
    family: asText(type.family),
    usage: type.usage === 'heading' ? 'heading' : 'body',
    weights: asText(type.weights),
    fallback: asText(type.fallback),
    licenceNote: translatedText(type.licenceNote),
    files: await files.entries(free),
    filesWithheld: free.length < fonts.length,
  }
}

/**
 * Completes the toolkits once media are exported: pictures whose licence ran out leave the image
 * bank, and each language gets its zip, packed from the files already in the snapshot.
 */
export async function packToolkits(
  drafts: ToolkitContent[],
  media: SnapshotMedia[],
  outDir: string,
): Promise<SnapshotToolkit[]> {
  const exported = new Map(media.map((item) => [item.id, item]))
  return Promise.all(
    drafts.map(async (draft) => {
      // Every language's zip of a toolkit holds the same files: each is read from disk once.
      const files = new Map<string, Promise<Buffer>>()
      const read = (snapshotPath: string) => {
        let data = files.get(snapshotPath)
        if (!data) {
          data = fs.readFile(path.join(outDir, snapshotPath))
          files.set(snapshotPath, data)
        }
        return data
      }
      const base = { ...draft, imageBank: draft.imageBank.filter((id) => exported.has(id)) }
      const translations: SnapshotToolkit['translations'] = {}
      for (const [locale, text] of Object.entries(draft.translations) as [
        Locale,
        NonNullable<ToolkitContent['translations'][Locale]>,
      ][]) {
        const guidelines = withoutImages(text.guidelines, new Set(exported.keys()))
        const content = { ...base, translations: { [locale]: { ...text, guidelines } } }
        const data = await toolkitZip(content, locale, exported, read)
        translations[locale] = {
          ...text,
          guidelines,
          zip: await writeDownload(outDir, `${text.slug}-${locale}.zip`, data, 'application/zip'),
        }
      }
      return { ...base, translations }
    }),
  )
}
