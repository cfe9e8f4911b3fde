/**
 * The renditions the CMS makes of every uploaded image and the exporter and partner portal read
 * back by name. Widths cover phones at 1× to 3× (720 is a 360 px phone at 2×) and wide screens.
 */
export const responsiveWidths = [480, 720, 960, 1600] as const

/** Every width is encoded in both: AVIF where the browser takes it, WebP where not. */
export const responsiveFormats = ['avif', 'webp'] as const

export type ResponsiveFormat = (typeof responsiveFormats)[number]
export type ResponsiveWidth = (typeof responsiveWidths)[number]
export type ResponsiveSizeName = `${ResponsiveFormat}${ResponsiveWidth}`

/** The name Payload stores a rendition under, e.g. `avif720`. */
export const responsiveSizeName = (
  format: ResponsiveFormat,
  width: ResponsiveWidth,
): ResponsiveSizeName => `${format}${width}`

export const responsiveSizeNames: readonly ResponsiveSizeName[] = responsiveFormats.flatMap(
  (format) => responsiveWidths.map((width) => responsiveSizeName(format, width)),
)

/** The Open Graph crop (1200×630) shared links show. */
export const socialSizeName = 'social'

/** The small rendition lists and the admin show as a thumbnail. */
export const thumbnailSizeName = 'webp480' satisfies ResponsiveSizeName
