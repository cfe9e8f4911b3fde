import React from 'react'

import { hexToRgb } from '@talentregion/shared/colour'
import { format } from '@talentregion/shared/i18n'

import type { Toolkit } from '../../../payload-types'
import { CopyValue } from './CopyValue'
import type { PortalLanguage } from './strings'

/** The palette: each colour with its codes, every code one click from the clipboard. */
export function ColourSwatches({
  colours,
  language,
}: {
  colours: NonNullable<Toolkit['colours']>
  language: PortalLanguage
}) {
  return (
    <ul className="grid">
      {colours.map((colour) => {
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
  )
}
