import sharp, { type Metadata } from 'sharp'

import type { Refusal } from '../config/adminMessages'
import { formatMegabytes, imageFormats, uploadLimits } from './limits'

/** What an uploaded raster image is, or why it cannot be accepted. */
export type ImageInspection =
  | { ok: true; format: keyof typeof imageFormats; width: number; height: number }
  | { ok: false; reason: Refusal }

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
      reason: {
        message: 'imageTooLarge',
        values: {
          file: fileName,
          size: formatMegabytes(data.byteLength),
          limit: formatMegabytes(uploadLimits.maxFileBytes),
        },
      },
    }
  }
  if (
    /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(
      data.subarray(0, 2048).toString('utf8'),
    )
  ) {
    return {
      ok: false,
      reason: { message: 'imageIsSvg', values: { file: fileName } },
    }
  }
  let metadata: Metadata
  try {
    metadata = await sharp(data, { limitInputPixels: false }).metadata()
  } catch {
    return {
      ok: false,
      reason: { message: 'imageUnreadable', values: { file: fileName } },
    }
  }
  const { format, width, height } = metadata
  if (!isAcceptedFormat(format) || !width || !height) {
    return {
      ok: false,
      reason: { message: 'imageWrongFormat', values: { file: fileName, format: format ?? '?' } },
    }
  }
  if (width * height > uploadLimits.maxPixels) {
    return {
      ok: false,
      reason: {
        message: 'imageTooManyPixels',
        values: {
          file: fileName,
          width,
          height,
          megapixels: Math.round((width * height) / 1e6),
          limit: uploadLimits.maxPixels / 1e6,
        },
      },
    }
  }
  return { ok: true, format, width, height }
}
