/** Upload limits, shared by the collections' config and their validation hooks. */
export const uploadLimits = {
  /** 25 MB: a full-resolution camera JPEG fits; a raw TIFF or a video does not. */
  maxFileBytes: 25 * 1024 * 1024,
  /** 50 megapixels: above any camera we expect, below what a decompression bomb needs. */
  maxPixels: 50_000_000,
} as const

/** Raster formats the media library accepts, as sharp names them and as MIME types. */
export const imageFormats = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
} as const

export function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
