import { simplePdf } from '../../../scripts/seed/pdf'
import sharp from 'sharp'

/** A small real image, as an upload from a browser would carry it. */
export async function pngUpload(name = 'test.png', width = 640, height = 427) {
  const data = await sharp({
    create: { width, height, channels: 3, background: { r: 40, g: 120, b: 90 } },
  })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.byteLength }
}

/** An upload with the given bytes and claimed type. */
export function upload(name: string, mimetype: string, data: Buffer) {
  return { data, mimetype, name, size: data.byteLength }
}

/** A small valid PDF. */
export function pdfUpload(name = 'template.pdf') {
  return upload(name, 'application/pdf', simplePdf(name))
}
