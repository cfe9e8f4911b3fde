import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { File as StoredFile } from '@talentregion/cms/types'
import { defaultLocale } from '@talentregion/shared/locales'

import { toolkits } from '../content/toolkits'
import { createTranslated, existing } from '../createTranslated'
import { wordmarkSvg } from '../images'
import { lexical } from '../lexical'
import { simplePdf } from '../pdf'
import type { SeedRun } from '../seedRun'
import type { Library, Texts } from './library'

const require = createRequire(import.meta.url)
type Toolkit = (typeof toolkits)[number]
type Background = 'light' | 'dark'

const logoTitles: Record<Background, Texts> = {
  light: {
    nb: 'Logo for lys bakgrunn',
    sv: 'Logotyp för ljus bakgrund',
    en: 'Logo for light backgrounds',
  },
  dark: {
    nb: 'Logo for mørk bakgrunn',
    sv: 'Logotyp för mörk bakgrund',
    en: 'Logo for dark backgrounds',
  },
}
const logoLabels: Record<Background, Texts> = {
  light: {
    nb: 'Logo – lys bakgrunn',
    sv: 'Logotyp – ljus bakgrund',
    en: 'Logo — light background',
  },
  dark: { nb: 'Logo – mørk bakgrunn', sv: 'Logotyp – mörk bakgrund', en: 'Logo — dark background' },
}

/** The campaign toolkits: colours, typefaces with their font files, logos, pictures, a template. */
export async function seedToolkits(run: SeedRun, files: Library): Promise<void> {
  const { payload, log } = run
  for (const toolkit of toolkits) {
    if (await existing(payload, 'toolkits', { slug: { equals: toolkit.slug } })) continue
    const logos = await uploadLogos(toolkit, files)
    const template = await files.file(
      `${toolkit.slug}-template.pdf`,
      simplePdf(toolkit.template.text),
      'application/pdf',
      toolkit.template.title,
      toolkit.visibility,
    )
    const fontFiles = await uploadFonts(toolkit, files)
    const imageBank = []
    for (const picture of toolkit.bank)
      imageBank.push(
        await files.photo(
          `${toolkit.slug}-${picture.scene}-${picture.seed}`,
          picture.scene,
          picture.seed,
          picture.alt,
        ),
      )
    const texts = (locale: keyof Texts) => ({
      name: toolkit.name[locale],
      description: toolkit.description[locale],
      guidelines: lexical(toolkit.guidelines[locale]),
    })
    await createTranslated(payload, 'toolkits', {
      data: {
        _status: 'published',
        ...texts(defaultLocale),
        slug: toolkit.slug,
        visibility: toolkit.visibility,
        colours: toolkit.colours.map((colour) => ({ ...colour, name: colour.name[defaultLocale] })),
        typography: toolkit.typography.map(({ fontFile: _file, ...type }, i) => ({
          ...type,
          licenceNote: type.licenceNote[defaultLocale],
          fontFiles: [fontFiles[i]!],
        })),
        logos: logos.map(({ background, file }) => ({
          label: logoLabels[background][defaultLocale],
          background,
          file,
        })),
        imageBank,
        templates: [template],
      },
      // Array rows keep their ids, so each language fills in its own words on the same rows.
      translate: (locale, created) => ({
        _status: 'published',
        ...texts(locale),
        colours: (created.colours ?? []).map((colour, i) => ({
          ...colour,
          name: toolkit.colours[i]?.name[locale] ?? colour.name,
        })),
        typography: (created.typography ?? []).map((type, i) => ({
          ...type,
          licenceNote: toolkit.typography[i]?.licenceNote[locale],
        })),
        logos: (created.logos ?? []).map((logo) => ({
          ...logo,
          label: logoLabels[logo.background ?? 'light'][locale],
        })),
      }),
    })
    log(`toolkit: ${toolkit.slug}`)
  }
}

/** The wordmark for light backgrounds and the one for dark ones, as outlined SVG. */
async function uploadLogos(
  toolkit: Toolkit,
  files: Library,
): Promise<{ background: Background; file: StoredFile['id'] }[]> {
  const primary = toolkit.colours.find((colour) => colour.role === 'primary')?.hex ?? '#000000'
  const drawings: Record<Background, string> = {
    light: wordmarkSvg(toolkit.logoText, primary),
    dark: wordmarkSvg(toolkit.logoText, '#ffffff', 'none', primary),
  }
  const logos = []
  for (const background of ['light', 'dark'] as const) {
    const file = await files.file(
      `${toolkit.slug}-logo-${background}.svg`,
      Buffer.from(drawings[background]),
      'image/svg+xml',
      logoTitles[background],
      toolkit.visibility,
    )
    logos.push({ background, file })
  }
  return logos
}

/** Each typeface's font file, from the installed Fontsource package (OFL). */
async function uploadFonts(toolkit: Toolkit, files: Library): Promise<StoredFile['id'][]> {
  const fontFiles = []
  for (const type of toolkit.typography) {
    const title = `${type.family} (WOFF2)`
    fontFiles.push(
      await files.file(
        path.basename(type.fontFile),
        fs.readFileSync(require.resolve(type.fontFile)),
        'font/woff2',
        { nb: title, sv: title, en: title },
        toolkit.visibility,
        'ofl',
      ),
    )
  }
  return fontFiles
}
