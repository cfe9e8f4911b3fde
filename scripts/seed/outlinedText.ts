import { createRequire } from 'node:module'

import * as fontkit from 'fontkit'

const require = createRequire(import.meta.url)

// Source Sans 3 Bold (SIL Open Font License), the campaigns' own sans; its Latin subset holds æøå and äö.
const font = fontkit.openSync(
  require.resolve('@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff'),
) as fontkit.Font

export interface TextBox {
  /** Where the baseline starts, or its middle with `anchor: 'middle'`. */
  x: number
  y: number
  size: number
  anchor?: 'start' | 'middle'
  /** Longer text is set smaller to fit, never cut off. */
  maxWidth?: number
}

/**
 * Text as the outline of its letters (an SVG path's `d`), so a logo looks the same on a machine
 * that has none of our fonts, in a browser, Illustrator or a print shop's RIP alike.
 */
export function outlinedText(text: string, box: TextBox): string {
  const run = font.layout(text)
  const natural = (run.advanceWidth * box.size) / font.unitsPerEm
  const size =
    natural > (box.maxWidth ?? Infinity) ? (box.size * box.maxWidth!) / natural : box.size
  const scale = size / font.unitsPerEm
  let pen = box.anchor === 'middle' ? box.x - (run.advanceWidth * scale) / 2 : box.x
  return run.glyphs
    .map((glyph, index) => {
      const position = run.positions[index]!
      const outline = glyph.path
        .scale(scale, -scale)
        .translate(pen + position.xOffset * scale, box.y - position.yOffset * scale)
        .toSVG()
      pen += position.xAdvance * scale
      return outline
    })
    .join('')
}
