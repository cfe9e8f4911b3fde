import type { File, Media, Toolkit } from '../payload-types'
import { licenceEnded } from '../uploads/licencesEnding'

/** A relationship Payload populated, i.e. one the reader may see; an id alone means they may not. */
const readable = <T extends object>(value: number | string | T | null | undefined): T | null =>
  value && typeof value === 'object' ? value : null

const readableFiles = (values: (File['id'] | File)[] | null | undefined) =>
  (values ?? []).flatMap((value) => readable(value) ?? [])

/**
 * What a partner may have of a toolkit read for them at depth 1: the files their access lets
 * Payload populate, and no picture whose licence has ended. The portal page and the zip both
 * start from this, so the zip holds exactly what the page offers.
 */
export function partnerView(toolkit: Toolkit) {
  const logos = (toolkit.logos ?? []).flatMap((logo) => {
    const file = readable(logo.file)
    return file ? [{ ...logo, file }] : []
  })
  const typography = (toolkit.typography ?? []).map((type) => {
    const fonts = readableFiles(type.fontFiles)
    return { ...type, fonts, withheld: fonts.length < (type.fontFiles ?? []).length }
  })
  const templates = readableFiles(toolkit.templates)
  return {
    toolkit,
    logos,
    typography,
    images: (toolkit.imageBank ?? []).flatMap((value) => {
      const image = readable<Media>(value)
      return image && !licenceEnded(image) ? [image] : []
    }),
    templates,
    /** Every file (logo, font, template) the partner may download from the toolkit. */
    files: [
      ...logos.map((logo) => logo.file),
      ...typography.flatMap((type) => type.fonts),
      ...templates,
    ],
  }
}

export type PartnerView = ReturnType<typeof partnerView>
