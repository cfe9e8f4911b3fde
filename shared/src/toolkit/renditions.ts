import sharp from 'sharp'

/** Logo widths a partner's designer reaches for: social avatars, web headers, print proofs. */
export const renditionWidths = [512, 1024, 2048] as const

export interface Rendition {
  width: number
  height: number
  data: Buffer
}

/**
 * PNG renditions of a logo, drawn by sharp from the vector at each width (not scaled up from a
 * small bitmap), with a transparent background. A bitmap logo gets only the widths it can fill.
 */
export async function logoRenditions(logo: Buffer, type: string): Promise<Rendition[]> {
  const vector = type === 'image/svg+xml'
  const { width: naturalWidth } = await sharp(logo).metadata()
  if (!naturalWidth) throw new Error('The logo has no width; upload it again.')
  const widths = vector ? renditionWidths : renditionWidths.filter((width) => width <= naturalWidth)
  return Promise.all(
    widths.map(async (width) => {
      // sharp reads SVG at 72 dpi; a matching density draws the vector at the target size.
      const density = vector ? Math.min(2400, (72 * width) / naturalWidth) : undefined
      const { data, info } = await sharp(logo, density ? { density } : {})
        .resize({ width })
        .png({ compressionLevel: 9, palette: false })
        .toBuffer({ resolveWithObject: true })
      return { width: info.width, height: info.height, data }
    }),
  )
}
