import fs from 'node:fs/promises'
import path from 'node:path'

import { mayRedistribute, type Licence } from '@talentregion/shared/licences'
import { relationId } from '@talentregion/shared/relationId'
import { locales, type Locale } from '@talentregion/shared/locales'
import type {
  SnapshotDownload,
  SnapshotMedia,
  SnapshotToolkit,
  SnapshotToolkitFile,
} from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'
import type { ToolkitContent } from '@talentregion/shared/toolkit/content'
import { logoRenditions } from '@talentregion/shared/toolkit/renditions'
import { toolkitZip } from '@talentregion/shared/toolkit/toolkitZip'
import sharp from 'sharp'

import { asText, isoDate, rows, translatedText, type Localized } from './fields'
import { normaliseRichText, withoutImages } from './richText'
import type { ContentSource, RawDoc } from './source'
import { writeHashed } from './writeHashed'

const licenceOf = (doc: RawDoc) => (asText(doc.licence) || 'owned') as Licence

/** Writes a download under files/, named by content hash so it can be cached for ever. */
async function writeDownload(
  outDir: string,
  name: string,
  data: Buffer,
  type: string,
): Promise<SnapshotDownload> {
  return { path: await writeHashed(outDir, 'files', name, data), bytes: data.byteLength, type }
}

/**
 * Reads the published public toolkits and copies their files. Files come through the same
 * anonymous read as everything else, so a partner-only file in a public toolkit is left out.
 * `useImage` registers image-bank pictures for the media export (which drops expired ones).
 */
export async function readToolkits(
  source: ContentSource,
  outDir: string,
  useImage: (value: unknown) => string | null,
): Promise<ToolkitContent[]> {
  const docs = await source.findAll('toolkits', {
    and: [{ _status: { equals: 'published' } }, { visibility: { equals: 'public' } }],
  })
  const wanted = new Set(
    docs.flatMap((doc) => [
      ...rows(doc.logos).map((logo) => relationId(logo.file)),
      ...rows(doc.typography).flatMap((type) => rows(type.fontFiles).map(relationId)),
      ...rows(doc.templates).map(relationId),
    ]),
  )
  wanted.delete(null)
  const fileDocs = wanted.size
    ? await source.findAll('files', { id: { in: [...wanted].join(',') } })
    : []
  const stored = new Map(fileDocs.map((doc) => [String(doc.id), doc]))
  // A file is copied into the snapshot the first time a toolkit hands it out, and only then:
  // a font that may not be passed on is never copied at all.
  const handedOut = new Map<string, Promise<{ data: Buffer; entry: SnapshotToolkitFile }>>()
  const handOut = (doc: RawDoc) => {
    const id = String(doc.id)
    let file = handedOut.get(id)
    if (!file) {
      file = (async () => {
        const filename = asText(doc.filename)
        const data = await source.readUpload('files', filename)
        const type = asText(doc.mimeType) || 'application/octet-stream'
        return {
          data,
          entry: {
            id,
            filename,
            title: translatedText(doc.title),
            licence: licenceOf(doc),
            licenceNote: translatedText(doc.licenceNote),
            ...(await writeDownload(outDir, filename, data, type)),
          },
        }
      })()
      handedOut.set(id, file)
    }
    return file
  }
  const docsOf = (value: unknown) =>
    rows(value).flatMap((item) => stored.get(relationId(item) ?? '') ?? [])
  const fileList = async (value: unknown) =>
    Promise.all(docsOf(value).map(async (doc) => (await handOut(doc)).entry))

  return Promise.all(
    docs.map(async (doc): Promise<ToolkitContent> => {
      const translations = Object.fromEntries(
        locales.flatMap((locale) => {
          const name = asText((doc.name as Localized | null)?.[locale])
          if (!name) return []
          return [
            [
              locale,
              {
                name,
                slug: asText((doc.slug as Localized | null)?.[locale]) || slugify(name),
                description: asText((doc.description as Localized | null)?.[locale]),
                guidelines: normaliseRichText(
                  (doc.guidelines as Localized | null)?.[locale],
                  useImage,
                ),
              },
            ],
          ]
        }),
      )
      const logos = await Promise.all(
        rows(doc.logos).flatMap((logo) => {
          const logoDoc = docsOf([logo.file])[0]
          if (!logoDoc) return []
          return [
            (async () => {
              const { data, entry } = await handOut(logoDoc)
              const base = path.basename(entry.filename, path.extname(entry.filename))
              const renditions = await logoRenditions(data, entry.type)
              const { width = 1, height = 1 } = await sharp(data).metadata()
              return {
                label: translatedText(logo.label),
                background: logo.background === 'dark' ? ('dark' as const) : ('light' as const),
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
            })(),
          ]
        }),
      )
      const typography = await Promise.all(
        rows(doc.typography).map(async (type) => {
          const fonts = docsOf(type.fontFiles)
          const free = fonts.filter((font) => mayRedistribute(licenceOf(font)))
          return {
            family: asText(type.family),
            usage: type.usage === 'heading' ? ('heading' as const) : ('body' as const),
            weights: asText(type.weights),
            fallback: asText(type.fallback),
            licenceNote: translatedText(type.licenceNote),
            files: await fileList(free),
            filesWithheld: free.length < fonts.length,
          }
        }),
      )
      return {
        id: String(doc.id),
        translations,
        colours: rows(doc.colours).map((colour) => ({
          name: translatedText(colour.name),
          hex: asText(colour.hex).toUpperCase(),
          cmyk: asText(colour.cmyk) || null,
          pantone: asText(colour.pantone) || null,
          role: (colour.role ?? 'accent') as 'accent',
        })),
        typography,
        logos,
        imageBank: rows(doc.imageBank)
          .map((item) => useImage(item))
          .filter((id): id is string => id !== null),
        templates: await fileList(doc.templates),
        updatedAt: isoDate(doc.updatedAt),
      }
    }),
  )
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
