import { originalName } from '../hashedNames'
import type { Locale } from '../locales'
import { cssTokens, designTokens } from '../tokens'

import type { ToolkitContent, ToolkitImage } from './content'
import { toolkitReadme } from './readme'
import { createZip, type ZipEntry } from './zip'

/**
 * One language's zip of a whole toolkit: logos (SVG and PNG), colour tokens, fonts that may be
 * passed on, the image bank, templates and a README. `read` returns a snapshot file's bytes.
 */
export async function toolkitZip(
  toolkit: ToolkitContent,
  locale: Locale,
  media: ReadonlyMap<string, ToolkitImage>,
  read: (snapshotPath: string) => Promise<Buffer>,
): Promise<Buffer> {
  const entries = new Map<string, Promise<Buffer>>()
  // A file used twice (say, one logo for both backgrounds) is packed once.
  const add = (zipPath: string, data: () => Promise<Buffer>) => {
    if (!entries.has(zipPath)) entries.set(zipPath, data())
  }
  for (const logo of toolkit.logos) {
    add(`logos/${logo.file.filename}`, () => read(logo.file.path))
    for (const rendition of logo.renditions)
      add(`logos/png/${originalName(rendition.path)}`, () => read(rendition.path))
  }
  for (const type of toolkit.typography)
    for (const file of type.files) add(`fonts/${file.filename}`, () => read(file.path))
  for (const file of toolkit.templates) add(`templates/${file.filename}`, () => read(file.path))
  const images = toolkit.imageBank.flatMap((id) => {
    const item = media.get(id)
    return item ? [{ path: `images/${originalName(item.original.path)}`, media: item }] : []
  })
  for (const image of images) add(image.path, () => read(image.media.original.path))

  const text = (data: string) => () => Promise.resolve(Buffer.from(data, 'utf8'))
  add('colours/tokens.css', text(cssTokens(toolkit.colours, toolkit.typography)))
  add(
    'colours/tokens.json',
    text(`${JSON.stringify(designTokens(toolkit.colours, toolkit.typography), null, 2)}\n`),
  )
  add(
    'README.txt',
    text(
      toolkitReadme(toolkit, locale, {
        logos: toolkit.logos.length > 0,
        fonts: toolkit.typography.some((type) => type.files.length > 0),
        images,
        templates: toolkit.templates.length > 0,
      }),
    ),
  )
  const zipEntries: ZipEntry[] = await Promise.all(
    [...entries].map(async ([zipPath, data]) => ({ path: zipPath, data: await data })),
  )
  return createZip(zipEntries)
}
