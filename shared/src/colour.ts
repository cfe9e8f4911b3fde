/** Colour arithmetic for the graphic profile: WCAG 2.1 contrast and accessible adjustments. */

export interface Rgb {
  r: number
  g: number
  b: number
}

export function hexToRgb(hex: string): Rgb {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim())
  if (!match) throw new Error(`"${hex}" is not a #RRGGBB colour`)
  return { r: parseInt(match[1]!, 16), g: parseInt(match[2]!, 16), b: parseInt(match[3]!, 16) }
}

export function rgbToHex({ r, g, b }: Rgb): string {
  const part = (value: number) =>
    Math.round(Math.min(255, Math.max(0, value)))
      .toString(16)
      .padStart(2, '0')
  return `#${part(r)}${part(g)}${part(b)}`.toUpperCase()
}

/** Relative luminance as WCAG 2.1 defines it. */
export function relativeLuminance(hex: string): number {
  const { r, g, b } = hexToRgb(hex)
  const channel = (value: number) => {
    const s = value / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ]
  return (light + 0.05) / (dark + 0.05)
}

/**
 * The colour itself if it reaches `minimum` contrast against the background, otherwise the
 * nearest darker (or, on dark backgrounds, lighter) shade that does. Brand colours stay
 * recognisable and text stays readable.
 */
export function withContrast(colour: string, background: string, minimum = 4.5): string {
  if (contrastRatio(colour, background) >= minimum) return colour.toUpperCase()
  const base = hexToRgb(colour)
  const towards = relativeLuminance(background) > 0.5 ? 0 : 255
  for (let step = 1; step <= 20; step++) {
    const t = step / 20
    const candidate = rgbToHex({
      r: base.r + (towards - base.r) * t,
      g: base.g + (towards - base.g) * t,
      b: base.b + (towards - base.b) * t,
    })
    if (contrastRatio(candidate, background) >= minimum) return candidate
  }
  return towards === 0 ? '#000000' : '#FFFFFF'
}

/** Which WCAG 2.1 levels a text/background pair reaches. */
export interface ContrastGrade {
  text: string
  background: string
  ratio: number
  /** 4.5:1 normal text, 3:1 large text (AA); 7:1 and 4.5:1 (AAA). */
  aa: { normal: boolean; large: boolean }
  aaa: { normal: boolean; large: boolean }
}

/** Every text colour on every other background colour of a palette, graded by WCAG 2.1. */
export function contrastMatrix(hexes: string[]): ContrastGrade[] {
  return hexes.flatMap((text) =>
    hexes
      .filter((background) => background !== text)
      .map((background) => {
        // Thresholds are compared unrounded: 4.49:1 does not pass 4.5:1.
        const exact = contrastRatio(text, background)
        return {
          text,
          background,
          ratio: Math.round(exact * 100) / 100,
          aa: { normal: exact >= 4.5, large: exact >= 3 },
          aaa: { normal: exact >= 7, large: exact >= 4.5 },
        }
      }),
  )
}

/** The WCAG level a pair reaches for one text size, or null where it fails even AA. */
export type ContrastLevel = 'AAA' | 'AA' | null

export interface ContrastRow extends ContrastGrade {
  normal: ContrastLevel
  large: ContrastLevel
}

/**
 * A palette's contrast table as a brand book shows it: grouped by background in palette order,
 * best contrast first ("what can I put on this?"), each pair with its level per text size.
 */
export function contrastTable(hexes: string[]): ContrastRow[] {
  const level = (grade: ContrastGrade, size: 'normal' | 'large'): ContrastLevel =>
    grade.aaa[size] ? 'AAA' : grade.aa[size] ? 'AA' : null
  return contrastMatrix(hexes)
    .sort((a, b) => hexes.indexOf(a.background) - hexes.indexOf(b.background) || b.ratio - a.ratio)
    .map((grade) => ({ ...grade, normal: level(grade, 'normal'), large: level(grade, 'large') }))
}
