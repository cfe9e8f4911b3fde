import { RichText } from '@payloadcms/richtext-lexical/react'
import config from '@payload-config'
import { headers as requestHeaders } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { hexToRgb } from '@talentregion/shared/colour'
import { fileSize } from '@talentregion/shared/fileSize'
import { format, t } from '@talentregion/shared/i18n'
import { thumbnailSizeName } from '@talentregion/shared/mediaSizes'

import { hasRole, isStaffUser } from '../../../access/roles'
import type { File, Toolkit } from '../../../payload-types'
import { partnerView } from '../../../toolkits/partnerView'
import { renditionsOf } from '../../../toolkits/renditionCache'
import { ContrastTable } from './ContrastTable'
import { CopyValue } from './CopyValue'
import { LanguageSwitch } from './LanguageSwitch'
import { pickLanguage } from './pickLanguage'
import { SignOutButton } from './SignOutButton'
import { portalStrings, type PortalLanguage } from './strings'

export const dynamic = 'force-dynamic'

/** "SVG", "WOFF2", "PDF": what a designer needs to know of a file besides its name. */
const fileKind = (filename: string | null | undefined) =>
  (/\.([a-z0-9]+)$/i.exec(filename ?? '')?.[1] ?? '').toUpperCase()

/** A file's address for showing it on the page (downloads go through the counted endpoint). */
const fileUrl = (file: File) => `/api/files/file/${encodeURIComponent(file.filename ?? '')}`

const downloadHref = (toolkit: Toolkit, collection: 'files' | 'media', id: number | string) =>
  `/api/toolkits/${toolkit.id}/download/${collection}/${id}`

function FileLink({
  toolkit,
  file,
  label,
  language,
}: {
  toolkit: Toolkit
  file: File
  label: string
  language: PortalLanguage
}) {
  // "Source Sans 3 (WOFF2)" names its kind already: it reads "Source Sans 3 (WOFF2, 29 kB)".
  const kind = fileKind(file.filename)
  const name = label.replace(new RegExp(`\\s*\\(${kind}\\)$`, 'i'), '')
  return (
    <a className="download" href={downloadHref(toolkit, 'files', file.id)}>
      {name} ({[kind, fileSize(language, file.filesize ?? 0)].filter(Boolean).join(', ')})
    </a>
  )
}

/**
 * The partner portal: every toolkit a logged-in partner (or editor) may see, partner-only ones
 * included, with downloads that go through the access-checked, counted download endpoint.
 */
export default async function PartnerPortal({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const headers = await requestHeaders()
  const payload = await getPayload({ config })
  // A locked account has no session any more (auth/sessionStrategy.ts): `user` is null then.
  const { user } = await payload.auth({ headers })
  const language = pickLanguage((await searchParams).lang, headers.get('accept-language') ?? '')
  if (!(isStaffUser(user) || hasRole(user, 'partner'))) redirect(`/partners/login?lang=${language}`)
  const text = portalStrings[language]
  const { docs } = await payload.find({
    collection: 'toolkits',
    where: { _status: { equals: 'published' } },
    locale: language,
    depth: 1,
    pagination: false,
    overrideAccess: false,
    user,
  })
  const toolkits = await Promise.all(
    docs.map(async (doc) => {
      const view = partnerView(doc)
      const renditions = new Map(
        await Promise.all(
          view.logos.map(async (logo) => [logo.file.id, await renditionsOf(logo.file)] as const),
        ),
      )
      // The zip is packed when asked for; its size is close to the sum of what goes in.
      const zipBytes = [...view.files, ...view.images].reduce(
        (sum, file) => sum + (file.filesize ?? 0),
        [...renditions.values()].flat().reduce((sum, rendition) => sum + rendition.bytes, 0),
      )
      return { ...view, renditions, zipBytes }
    }),
  )

  return (
    <main lang={language}>
      <header className="portal">
        <h1>{text.title}</h1>
        <div className="portal__tools">
          <LanguageSwitch language={language} />
          <SignOutButton language={language} label={text.signOut} />
        </div>
      </header>
      <p>{text.intro}</p>
      {toolkits.length === 0 && <p>{text.none}</p>}
      {toolkits.map(({ toolkit, logos, typography, images, templates, renditions, zipBytes }) => (
        <article key={toolkit.id} className="toolkit" id={`toolkit-${toolkit.id}`}>
          <h2>
            {toolkit.name}{' '}
            <span className="badge">
              {toolkit.visibility === 'partners' ? text.partnersOnly : text.public}
            </span>
          </h2>
          {toolkit.description && <p>{toolkit.description}</p>}
          <p className="zip">
            <a
              className="download download--primary"
              href={`/api/toolkits/${toolkit.id}/zip?locale=${language}`}
            >
              {t(language, 'toolkit.downloadAll')} (ZIP,{' '}
              {format(language, 'toolkit.aboutSize', { size: fileSize(language, zipBytes) })})
            </a>
            <small>{t(language, 'toolkit.zipContents')}</small>
          </p>

          <h3>{text.colours}</h3>
          <ul className="grid">
            {(toolkit.colours ?? []).map((colour) => {
              const { r, g, b } = hexToRgb(colour.hex)
              const codes = [
                ['HEX', colour.hex.toUpperCase()],
                ['RGB', `${r} ${g} ${b}`],
                ...(colour.cmyk ? [['CMYK', colour.cmyk]] : []),
                ...(colour.pantone ? [['Pantone', colour.pantone]] : []),
              ]
              return (
                <li key={colour.id ?? colour.hex} className="swatch">
                  <span style={{ background: colour.hex }} />
                  <strong>{colour.name}</strong>
                  <dl>
                    {codes.map(([kind, value]) => (
                      <div key={kind}>
                        <dt>{kind}</dt>
                        <dd>
                          <CopyValue
                            value={value!}
                            label={format(language, 'toolkit.copyValue', {
                              name: colour.name,
                              format: kind!,
                            })}
                            copied={format(language, 'toolkit.copied', { value: value! })}
                          />
                        </dd>
                      </div>
                    ))}
                  </dl>
                </li>
              )
            })}
          </ul>
          <ContrastTable
            locale={language}
            colours={toolkit.colours ?? []}
            headingId={`contrast-${toolkit.id}`}
          />

          {typography.length > 0 && <h3>{text.typography}</h3>}
          <ul className="grid">
            {typography.map(({ fonts, ...type }) => {
              const family = `toolkit-${toolkit.id}-${type.id ?? type.family}`
              return (
                <li key={type.id ?? type.family}>
                  <strong>{type.family}</strong> ({type.weights})
                  {fonts.length > 0 && (
                    <style>{`@font-face { font-family: '${family}'; src: ${fonts
                      .map((font) => `url('${fileUrl(font)}')`)
                      .join(', ')}; font-weight: 100 900; }`}</style>
                  )}
                  {/* The typeface itself, from the toolkit's own file where there is one. */}
                  <p
                    className="specimen"
                    style={{
                      fontFamily: `'${family}', '${type.family}', ${type.fallback ?? 'sans-serif'}`,
                    }}
                  >
                    {t(language, 'toolkit.specimen')}
                  </p>
                  {type.licenceNote && <p>{type.licenceNote}</p>}
                  {fonts.map((font) => (
                    <FileLink
                      language={language}
                      key={font.id}
                      toolkit={toolkit}
                      file={font}
                      label={font.title || type.family}
                    />
                  ))}
                </li>
              )
            })}
          </ul>

          {logos.length > 0 && <h3>{text.logos}</h3>}
          <ul className="grid grid--logos">
            {logos.map(({ file, ...logo }) => {
              return (
                <li key={logo.id ?? file.id}>
                  {/* On both backgrounds, so a designer sees at once where this version works. */}
                  <div className="stages">
                    {(['light', 'dark'] as const).map((background) => (
                      <figure key={background} className={`stage stage--${background}`}>
                        <img src={fileUrl(file)} alt={logo.label} />
                        <figcaption>
                          {t(
                            language,
                            background === 'light' ? 'toolkit.onLight' : 'toolkit.onDark',
                          )}
                        </figcaption>
                      </figure>
                    ))}
                  </div>
                  <ul className="downloads">
                    <li>
                      <FileLink
                        language={language}
                        toolkit={toolkit}
                        file={file}
                        label={logo.label}
                      />
                    </li>
                    {(renditions.get(file.id) ?? []).map((rendition) => (
                      <li key={rendition.width}>
                        <a
                          className="download"
                          href={`${downloadHref(toolkit, 'files', file.id)}?width=${rendition.width}`}
                        >
                          {format(language, 'toolkit.pngWidth', { width: rendition.width })} (
                          {fileSize(language, rendition.bytes)})
                        </a>
                      </li>
                    ))}
                  </ul>
                </li>
              )
            })}
          </ul>

          {images.length > 0 && <h3>{text.images}</h3>}
          <ul className="grid">
            {images.map((image) => {
              const thumbnail = image.sizes?.[thumbnailSizeName]?.filename ?? image.filename
              return (
                <li key={image.id}>
                  <img
                    className="photo"
                    src={`/api/media/file/${encodeURIComponent(thumbnail ?? '')}`}
                    alt={image.alt ?? ''}
                    loading="lazy"
                  />
                  <small>
                    {text.credit}: {image.credit}
                  </small>
                  <br />
                  <a className="download" href={downloadHref(toolkit, 'media', image.id)}>
                    {t(language, 'toolkit.downloadImage')} ({fileKind(image.filename)},{' '}
                    {fileSize(language, image.filesize ?? 0)})
                  </a>
                </li>
              )
            })}
          </ul>

          {toolkit.guidelines && (
            <>
              <h3>{text.guidelines}</h3>
              <RichText data={toolkit.guidelines} />
            </>
          )}

          {templates.length > 0 && <h3>{text.templates}</h3>}
          <ul>
            {templates.map((file) => (
              <li key={file.id}>
                <FileLink language={language} toolkit={toolkit} file={file} label={file.title} />
              </li>
            ))}
          </ul>
        </article>
      ))}
    </main>
  )
}
