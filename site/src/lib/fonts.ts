import { fontsourceFiles } from './fontsourceFiles'

/** The typefaces a graphic profile may name that the site hosts itself, from installed packages. */
const typefaces = [
  {
    name: 'Source Sans 3',
    cssVariable: '--font-source-sans-3',
    fallbacks: ['Arial', 'sans-serif'],
  },
  { name: 'Source Serif 4', cssVariable: '--font-source-serif-4', fallbacks: ['Georgia', 'serif'] },
] as const

/**
 * Astro's fonts, from Fontsource's installed variable packages (never a CDN). Astro writes the
 * @font-face rules and, for each face, a fallback face whose metrics (size-adjust, ascent and
 * descent overrides, computed from the font file) match it, so text does not move when the web
 * font arrives.
 */
export const siteFonts = typefaces.map(({ name, cssVariable, fallbacks }) => ({
  provider: fontsourceFiles(),
  // Fontsource's variable packages name the family "… Variable".
  name: `${name} Variable`,
  cssVariable,
  weights: ['200 900'] as [string],
  styles: ['normal'] as ['normal'],
  // Latin holds æøå and äö; Latin Extended the Sámi letters of place names.
  subsets: ['latin', 'latin-ext'] as [string, string],
  fallbacks: [...fallbacks] as [string, ...string[]],
  options: { package: `@fontsource-variable/${name.toLowerCase().replace(/ /g, '-')}` },
}))

/** A graphic profile's typeface, by its family name, as the hosted font with its fallbacks. */
export const hostedFamilies: Record<string, string> = Object.fromEntries(
  typefaces.map(({ name, cssVariable }) => [name, `var(${cssVariable})`]),
)
