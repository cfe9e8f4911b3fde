import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Locale } from '@talentregion/shared/locales'
import type { RichText } from '@talentregion/shared/schemas/richText'
import type { SnapshotToolkitFile } from '@talentregion/shared/schemas/snapshot'
import { slugify } from '@talentregion/shared/slugify'
import type { ToolkitContent, ToolkitImage } from '@talentregion/shared/toolkit/content'
import { toolkitZip } from '@talentregion/shared/toolkit/toolkitZip'

import { dataDir } from '../config/paths'
import type { File } from '../payload-types'
import { readUpload } from '../uploads/readUpload'
import type { PartnerView } from './partnerView'
import { renditionsOf } from './renditionCache'
import { readCached, writeAtomically } from './cacheFiles'

const cacheRoot = path.join(dataDir, 'cache', 'partner-zips')

/** The name a partner's saved copy gets: the toolkit's slug and the language. */
export const partnerZipName = (view: PartnerView, locale: Locale) =>
  `${view.toolkit.slug || slugify(view.toolkit.name) || `toolkit-${view.toolkit.id}`}-${locale}.zip`

/**
 * The partner's zip of a toolkit in one language, laid out like the public one (same builder,
 * same README) but holding everything the partner may have, partner-only files included. Kept
 * per toolkit version: the key changes when the toolkit or any file in it changes, and the
 * language's older zips are removed when a new one is written.
 */
export async function partnerZip(view: PartnerView, locale: Locale): Promise<Buffer> {
  const { toolkit } = view
  const version = createHash('sha256')
    .update(
      JSON.stringify([
        toolkit.updatedAt,
        view.files.map((file) => [file.id, file.updatedAt]),
        view.images.map((image) => [image.id, image.updatedAt]),
      ]),
    )
    .digest('hex')
    .slice(0, 16)
  const prefix = `${toolkit.id}-${locale}-`
  const target = path.join(cacheRoot, `${prefix}${version}.zip`)
  const cached = await readCached(target)
  if (cached) return cached

  const { content, images, read } = await zipContent(view, locale)
  const data = await toolkitZip(content, locale, images, read)
  await fs.mkdir(cacheRoot, { recursive: true })
  await writeAtomically(target, data)
  for (const name of await fs.readdir(cacheRoot))
    if (name.startsWith(prefix) && name !== path.basename(target))
      await fs.rm(path.join(cacheRoot, name), { force: true })
  return data
}

/** The toolkit in the shape the shared zip builder reads, with a reader for every file it names. */
async function zipContent(view: PartnerView, locale: Locale) {
  const { toolkit } = view
  // Each path the zip names, with how to read it: an upload (disk or bucket) or a cached PNG.
  const readers = new Map<string, () => Promise<Buffer>>()
  const one = <T>(value: T) => ({ [locale]: value })
  const entry = (file: File): SnapshotToolkitFile => {
    const filename = path.basename(file.filename ?? `file-${file.id}`)
    readers.set(`files/${filename}`, () => readUpload('files', filename))
    return {
      id: String(file.id),
      filename,
      title: one(file.title),
      licence: file.licence,
      licenceNote: file.licenceNote ? one(file.licenceNote) : {},
      path: `files/${filename}`,
      bytes: file.filesize ?? 0,
      type: file.mimeType ?? 'application/octet-stream',
    }
  }
  const logos = await Promise.all(
    view.logos.map(async (logo) => ({
      label: one(logo.label),
      background: logo.background,
      file: entry(logo.file),
      // The zip does not use the size; Payload records it for bitmaps, SVG gets a stand-in.
      width: logo.file.width ?? 1,
      height: logo.file.height ?? 1,
      renditions: (await renditionsOf(logo.file)).map(({ file, ...size }) => {
        // Its own folder, so a rendition never shares a name with an uploaded file.
        const contentPath = `renditions/${logo.file.id}/${path.basename(file)}`
        readers.set(contentPath, () => fs.readFile(file))
        return { ...size, path: contentPath, type: 'image/png' }
      }),
    })),
  )
  const images = new Map<string, ToolkitImage>(
    view.images.map((image) => {
      const filename = path.basename(image.filename ?? `image-${image.id}`)
      readers.set(`media/${filename}`, () => readUpload('media', filename))
      return [
        String(image.id),
        { credit: image.credit, licence: image.licence, original: { path: `media/${filename}` } },
      ]
    }),
  )
  const content: ToolkitContent = {
    id: String(toolkit.id),
    translations: one({
      name: toolkit.name,
      slug: toolkit.slug || slugify(toolkit.name),
      description: toolkit.description ?? '',
      // Lexical's JSON has the shape the README's plain-text reader walks.
      guidelines: (toolkit.guidelines as RichText | null | undefined) ?? null,
    }),
    colours: (toolkit.colours ?? []).map((colour) => ({
      name: one(colour.name),
      hex: colour.hex.toUpperCase(),
      cmyk: colour.cmyk ?? null,
      pantone: colour.pantone ?? null,
      role: colour.role ?? 'accent',
    })),
    typography: view.typography.map((type) => ({
      family: type.family,
      usage: type.usage,
      weights: type.weights ?? '',
      fallback: type.fallback ?? '',
      licenceNote: type.licenceNote ? one(type.licenceNote) : {},
      files: type.fonts.map(entry),
      filesWithheld: type.withheld,
    })),
    logos,
    imageBank: [...images.keys()],
    templates: view.templates.map(entry),
    updatedAt: toolkit.updatedAt,
  }
  const read = (contentPath: string) => {
    const reader = readers.get(contentPath)
    if (!reader) throw new Error(`The zip names ${contentPath}, which is not part of the toolkit`)
    return reader()
  }
  return { content, images, read }
}
