import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { fieldErrors } from './helpers/errors'
import { startPayload, stopPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

afterAll(async () => {
  await stopPayload(payload)
})

const employer = (name: string, country: 'NO' | 'SE', orgNumber: string) =>
  payload.create({
    collection: 'employers',
    data: { _status: 'published', name, industry: 'manufacturing', country, orgNumber },
  })

test.each([
  ['NO', '923609016'],
  ['SE', '556036-0793'],
  ['SE', '5560360793'],
] as const)('a valid %s organisation number %s is accepted', async (country, orgNumber) => {
  const created = await employer(`Valid ${country} ${orgNumber}`, country, orgNumber)
  expect(created.orgNumber).toBe(orgNumber)
})

test.each([
  ['NO', '923609017', /norsk organisasjonsnummer/],
  ['NO', '92360901', /norsk organisasjonsnummer/],
  ['SE', '556036-0794', /svensk organisasjonsnummer/],
  ['SE', '923609016', /svensk organisasjonsnummer/],
] as const)(
  'an invalid %s organisation number %s is refused with the expected format',
  async (country, orgNumber, message) => {
    const errors = await fieldErrors(employer(`Invalid ${orgNumber}`, country, orgNumber))
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^orgNumber: .*${message.source}`))])
  },
)
