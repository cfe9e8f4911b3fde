import type { PayloadRequest, TextField } from 'payload'

import {
  isValidNorwegianOrgNumber,
  isValidSwedishOrgNumber,
  type OrgNumberCountry,
} from '@talentregion/shared/orgnr'

import { message } from '../config/adminMessages'

/**
 * An organisation number, checked against the employer's country (the document's `country`,
 * so the field works at the top level and inside rows alike).
 */
export function orgNumberField({
  name,
  required = false,
}: {
  name: string
  required?: boolean
}): TextField {
  return {
    name,
    type: 'text',
    required,
    validate: (
      value: unknown,
      { data, req }: { data: Partial<{ country: OrgNumberCountry }>; req: PayloadRequest },
    ) => {
      if (value === undefined || value === null || value === '') return true
      if (typeof value !== 'string') return message(req, 'orgNumberNotText')
      if ((data.country ?? 'NO') === 'NO') {
        return isValidNorwegianOrgNumber(value) || message(req, 'orgNumberNorway')
      }
      return isValidSwedishOrgNumber(value) || message(req, 'orgNumberSweden')
    },
  }
}
