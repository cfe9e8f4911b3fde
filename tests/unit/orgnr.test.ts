import { describe, expect, test } from 'vitest'

import { isValidNorwegianOrgNumber, isValidSwedishOrgNumber } from '@talentregion/shared/orgnr'

describe('Norwegian organisation numbers (mod 11)', () => {
  test.each(['923609016', '974760673', '923 609 016'])('%s is valid', (value) => {
    expect(isValidNorwegianOrgNumber(value)).toBe(true)
  })

  test.each(['923609017', '92360901', '9236090166', 'abcdefghi', ''])('%s is invalid', (value) => {
    expect(isValidNorwegianOrgNumber(value)).toBe(false)
  })
})

describe('Swedish organisation numbers (Luhn)', () => {
  test.each(['556036-0793', '5560360793', '202100-5489'])('%s is valid', (value) => {
    expect(isValidSwedishOrgNumber(value)).toBe(true)
  })

  test.each(['556036-0794', '55603607', '811218-9876', 'NNNNNN-NNNN'])('%s is invalid', (value) => {
    expect(isValidSwedishOrgNumber(value)).toBe(false)
  })
})
