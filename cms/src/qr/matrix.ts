import QRCode from 'qrcode'

/** Modules of white border the QR specification asks for around the code. */
export const quietZone = 4

/** Dark modules as horizontal runs, which every output format draws as rectangles. */
export interface QrRuns {
  /** Modules per side, quiet zone included. */
  size: number
  runs: { x: number; y: number; length: number }[]
}

/**
 * A QR code for a short URL with error correction level Q (25 % of the code can be dirty or
 * covered – billboards get rained on, posters get torn) and the quiet zone around it.
 */
export function qrRuns(text: string): QrRuns {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'Q' })
  const runs: QrRuns['runs'] = []
  for (let row = 0; row < modules.size; row++) {
    let start = -1
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col) === 1
      if (dark && start === -1) start = col
      if (!dark && start !== -1) {
        runs.push({ x: start + quietZone, y: row + quietZone, length: col - start })
        start = -1
      }
    }
  }
  return { size: modules.size + quietZone * 2, runs }
}
