import sharp, { type Metadata } from 'sharp'

import { formatMegabytes, imageFormats, uploadLimits } from './limits'

/** What an uploaded raster image is, or why it cannot be accepted. */
export type ImageInspection =
  | { ok: true; format: keyof typeof imageFormats; width: number; height: number }
  | { ok: false; reason: string }

function isAcceptedFormat(format: string | undefined): format is keyof typeof imageFormats {
  return format !== undefined && format in imageFormats
}

/**
 * Reads an upload's header (never decoding the pixels) and checks it against our formats and
 * limits. The content decides, not the file name: an HTML page renamed .png is refused.
 */
export async function inspectImage(data: Buffer, fileName: string): Promise<ImageInspection> {
  if (data.byteLength > uploadLimits.maxFileBytes) {
    return {
      ok: false,
      reason: `"${fileName}" is ${formatMegabytes(data.byteLength)}; the limit is ${formatMegabytes(uploadLimits.maxFileBytes)}. Export it smaller (2,000–4,000 px wide is plenty) and upload again.`,
    }
  }
  if (
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(
      data.subarray(0, 2048).toString('utf8'),
    )
  ) {
    return {
      ok: false,
      reason: `"${fileName}" is an SVG drawing. The media library takes photos and raster images (JPEG, PNG, WebP, AVIF); add logos as files in a toolkit.`,
    }
  }
  let metadata: Metadata
  try {
    metadata = await sharp(data, { limitInputPixels: false }).metadata()
  } catch {
    return {
      ok: false,
      reason: `"${fileName}" is not a readable image. Upload a JPEG, PNG, WebP or AVIF file; a file renamed to .png is not converted.`,
    }
  }
  const { format, width, height } = metadata
  if (!isAcceptedFormat(format) || !width || !height) {
    return {
      ok: false,
      reason: `"${fileName}" is a ${format ?? 'unknown'} file. Upload a JPEG, PNG, WebP or AVIF image instead.`,
    }
  }
  if (width * height > uploadLimits.maxPixels) {
    return {
      ok: false,
      reason: `"${fileName}" is ${width}×${height} pixels (${Math.round((width * height) / 1e6)} megapixels); the limit is ${uploadLimits.maxPixels / 1e6} megapixels. Scale it down and upload again.`,
    }
  }
  return { ok: true, format, width, height }
}
