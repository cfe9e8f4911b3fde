import { hexToRgb } from '../colour'
import { format, t } from '../i18n'
import type { Locale } from '../locales'
import { plainText } from '../plainText'

import type { ToolkitContent, ToolkitImage } from './content'

/** What the zip actually holds, so the README lists only folders that are there. */
export interface ZipFolders {
  logos: boolean
  fonts: boolean
  images: { path: string; media: ToolkitImage }[]
  templates: boolean
}

const heading = (title: string) => `${title}\n${'='.repeat(title.length)}`

/** A short plain-text README in the toolkit's language: what is in the zip and how to credit. */
export function toolkitReadme(
  toolkit: ToolkitContent,
  locale: Locale,
  folders: ZipFolders,
): string {
  const text = toolkit.translations[locale]!
  const name = (names: Partial<Record<Locale, string>>) =>
    names[locale] ?? Object.values(names)[0] ?? ''
  const contents = [
    folders.logos && t(locale, 'toolkit.readme.logos'),
    t(locale, 'toolkit.readme.tokens'),
    folders.fonts && t(locale, 'toolkit.readme.fonts'),
    folders.images.length > 0 && t(locale, 'toolkit.readme.images'),
    folders.templates && t(locale, 'toolkit.readme.templates'),
  ].filter((line): line is string => Boolean(line))
  const colours = toolkit.colours.map((colour) => {
    const { r, g, b } = hexToRgb(colour.hex)
    return [
      `- ${name(colour.name)} (${t(locale, `toolkit.role.${colour.role}`)})`,
      `HEX ${colour.hex}`,
      `RGB ${r} ${g} ${b}`,
      colour.cmyk && `CMYK ${colour.cmyk}`,
      colour.pantone && `Pantone ${colour.pantone}`,
    ]
      .filter(Boolean)
      .join(' · ')
  })
  const typography = toolkit.typography.flatMap((type) => [
    `- ${type.family} – ${t(locale, `toolkit.usage.${type.usage}`)}` +
      (type.weights ? ` · ${format(locale, 'toolkit.weights', { weights: type.weights })}` : '') +
      (type.fallback
        ? ` · ${format(locale, 'toolkit.fallback', { fallback: type.fallback })}`
        : ''),
    ...(type.licenceNote[locale] ? [`  ${type.licenceNote[locale]}`] : []),
  ])
  const guidelines = (text.guidelines?.root.children ?? [])
    .map((node) => plainText({ root: { type: 'root', children: [node] } }))
    .filter(Boolean)
  const credits = folders.images.map(
    ({ path, media }) =>
      `- ${path}: ${format(locale, 'toolkit.credit', { credit: media.credit })} · ${t(locale, `licence.${media.licence}`)}`,
  )
  const sections = [
    [heading(text.name), text.description].filter(Boolean).join('\n\n'),
    [heading(t(locale, 'toolkit.readme.contents')), ...contents.map((line) => `- ${line}`)].join(
      '\n',
    ),
    [heading(t(locale, 'toolkit.colours')), ...colours].join('\n'),
    typography.length && [heading(t(locale, 'toolkit.typography')), ...typography].join('\n'),
    guidelines.length && [heading(t(locale, 'toolkit.guidelines')), ...guidelines].join('\n\n'),
    credits.length && [heading(t(locale, 'toolkit.readme.credits')), ...credits].join('\n'),
  ].filter((section): section is string => Boolean(section))
  // CRLF so Notepad shows the lines too; designers open READMEs on any machine.
  return `${sections.join('\n\n')}\n`.replace(/\n/g, '\r\n')
}
