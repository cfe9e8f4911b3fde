import { hexToRgb } from './colour'
import type { Localized } from './locales'

/** A colour of a graphic profile as designers specify it. */
export interface BrandColour {
  /** Name in each language; the English or first name becomes the token name. */
  name: Partial<Localized<string>>
  hex: string
  cmyk?: string | null
  pantone?: string | null
  role: 'primary' | 'accent' | 'background' | 'text'
}

export interface BrandTypeface {
  family: string
  usage: 'heading' | 'body'
  fallback: string
  weights?: string | null
}

/** `Forest green` → `forest-green`; Nordic letters transliterated like slugs. */
export function tokenName(colour: BrandColour, index: number): string {
  const source = colour.name.en ?? colour.name.nb ?? colour.name.sv ?? `colour ${index + 1}`
  const name = source
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return name || `colour-${index + 1}`
}

/** The palette and typefaces as CSS custom properties, ready to paste into a stylesheet. */
export function cssTokens(colours: BrandColour[], typefaces: BrandTypeface[]): string {
  const lines = colours.map(
    (colour, i) => `  --brand-${tokenName(colour, i)}: ${colour.hex.toUpperCase()};`,
  )
  for (const role of ['primary', 'accent', 'background', 'text'] as const) {
    const index = colours.findIndex((colour) => colour.role === role)
    if (index !== -1)
      lines.push(`  --brand-role-${role}: var(--brand-${tokenName(colours[index]!, index)});`)
  }
  for (const typeface of typefaces) {
    lines.push(
      `  --brand-font-${typeface.usage}: '${typeface.family.replace(/'/g, '')}', ${typeface.fallback || 'sans-serif'};`,
    )
  }
  return `:root {\n${lines.join('\n')}\n}\n`
}

/**
 * The palette and typefaces in the W3C Design Tokens Community Group format ($value, $type,
 * $description), which Figma plug-ins and Style Dictionary read.
 */
export function designTokens(
  colours: BrandColour[],
  typefaces: BrandTypeface[],
): Record<string, unknown> {
  const colour = Object.fromEntries(
    colours.map((entry, i) => {
      const { r, g, b } = hexToRgb(entry.hex)
      const notes = [
        `RGB ${r} ${g} ${b}`,
        entry.cmyk ? `CMYK ${entry.cmyk}` : null,
        entry.pantone ? `Pantone ${entry.pantone}` : null,
      ].filter(Boolean)
      return [
        tokenName(entry, i),
        {
          $type: 'color',
          $value: entry.hex.toUpperCase(),
          $description: notes.join(' · '),
          $extensions: {
            'no.talentregion': {
              role: entry.role,
              cmyk: entry.cmyk ?? null,
              pantone: entry.pantone ?? null,
            },
          },
        },
      ]
    }),
  )
  const font = Object.fromEntries(
    typefaces.map((typeface) => [
      typeface.usage,
      {
        $type: 'fontFamily',
        $value: [
          typeface.family,
          ...typeface.fallback
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean),
        ],
      },
    ]),
  )
  return { colour, font }
}
