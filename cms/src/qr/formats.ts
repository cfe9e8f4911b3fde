import sharp from 'sharp'

import { escapeMarkup } from '@talentregion/shared/escapeMarkup'

import { pdfFile, pdfStream, pdfText } from '../pdf/pdfFile'
import { qrRuns } from './matrix'

/** Room under the code for the short URL, in modules. */
const captionModules = 5

/** The QR code as SVG, one unit per module, with the short URL printed beneath. */
export function qrSvg(url: string, caption: string): string {
  const { size, runs } = qrRuns(url)
  const height = size + captionModules
  const path = runs.map(({ x, y, length }) => `M${x} ${y}h${length}v1h-${length}z`).join('')
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${height}" width="${size * 10}" height="${height * 10}" shape-rendering="crispEdges">`,
    `<rect width="${size}" height="${height}" fill="#ffffff"/>`,
    `<path d="${path}" fill="#000000"/>`,
    `<text x="${size / 2}" y="${size + 2}" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-size="2.2" font-weight="700" fill="#000000">${escapeMarkup(caption)}</text>`,
    '</svg>',
  ].join('')
}

/** A PNG for print: 2400 px wide (8 cm at 760 dpi, 20 cm at 300 dpi), drawn from the SVG. */
export async function qrPng(url: string, caption: string, width = 2400): Promise<Buffer> {
  const svg = qrSvg(url, caption)
  const { size } = qrRuns(url)
  // The SVG is size × 10 px wide at 72 dpi; this density draws it at the wanted width.
  const density = (72 * width) / (size * 10)
  return sharp(Buffer.from(svg), { density })
    .resize({ width })
    .png({ compressionLevel: 9, palette: true, colours: 2 })
    .toBuffer()
}

/**
 * A one-page vector PDF (the code 80 mm wide), which print shops take as it is: every module is a
 * filled rectangle, the caption is Helvetica.
 */
export function qrPdf(url: string, caption: string): Buffer {
  const { size, runs } = qrRuns(url)
  const mm = 72 / 25.4
  const module = (80 * mm) / size
  const margin = 10 * mm
  const width = 80 * mm + margin * 2
  const height = width + 12 * mm
  const top = height - margin
  const rects = runs
    .map(
      ({ x, y, length }) =>
        `${(margin + x * module).toFixed(3)} ${(top - (y + 1) * module).toFixed(3)} ${(length * module).toFixed(3)} ${module.toFixed(3)} re`,
    )
    .join('\n')
  const safe = pdfText(caption)
  const fontSize = 14
  // Helvetica Bold averages about 0.6 em per character: close enough to centre a URL.
  const textX = width / 2 - (safe.length * fontSize * 0.6) / 2
  const stream = `0 g\n${rects}\nf\nBT /F1 ${fontSize} Tf ${textX.toFixed(2)} ${(margin / 2 + 4).toFixed(2)} Td (${safe}) Tj ET`
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width.toFixed(2)} ${height.toFixed(2)}] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`,
    pdfStream(stream),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>',
  ])
}
