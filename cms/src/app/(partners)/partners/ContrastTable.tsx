import { contrastTable } from '@talentregion/shared/colour'
import { format, t } from '@talentregion/shared/i18n'
import type { Locale } from '@talentregion/shared/locales'

/** Which of a toolkit's colours work as text on which backgrounds: the public page's table. */
export function ContrastTable({
  locale,
  colours,
  headingId,
}: {
  locale: Locale
  colours: { name: string; hex: string }[]
  headingId: string
}) {
  const hexes = [...new Set(colours.map((colour) => colour.hex))]
  if (hexes.length < 2) return null
  const nameOf = new Map(colours.map((colour) => [colour.hex, colour.name]))
  const ratio = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  })
  return (
    <>
      <h3 id={headingId}>{t(locale, 'toolkit.contrast')}</h3>
      <p>{t(locale, 'toolkit.contrastIntro')}</p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        <table className="contrast-table">
          <thead>
            <tr>
              <th scope="col">
                {t(locale, 'toolkit.contrastText')} / {t(locale, 'toolkit.contrastBackground')}
              </th>
              <th scope="col">{t(locale, 'toolkit.contrastRatio')}</th>
              <th scope="col">{t(locale, 'toolkit.contrastNormal')}</th>
              <th scope="col">{t(locale, 'toolkit.contrastLarge')}</th>
            </tr>
          </thead>
          <tbody>
            {contrastTable(hexes).map((row) => (
              <tr key={`${row.text}-${row.background}`} className={row.large ? undefined : 'fails'}>
                <th scope="row">
                  <svg viewBox="0 0 40 24" width="40" height="24" aria-hidden="true">
                    <rect width="40" height="24" rx="3" fill={row.background} />
                    <text
                      x="20"
                      y="17"
                      textAnchor="middle"
                      fontSize="14"
                      fontWeight="700"
                      fill={row.text}
                    >
                      Aa
                    </text>
                  </svg>{' '}
                  {format(locale, 'toolkit.contrastPair', {
                    text: nameOf.get(row.text) ?? row.text,
                    background: nameOf.get(row.background) ?? row.background,
                  })}
                </th>
                <td>{ratio.format(row.ratio)}:1</td>
                <td>{row.normal ?? t(locale, 'toolkit.contrastFails')}</td>
                <td>{row.large ?? t(locale, 'toolkit.contrastFails')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
