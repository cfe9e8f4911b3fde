import type { Payload } from 'payload'

import { orgNumberKey } from '@talentregion/shared/orgnr'

/**
 * Every organisation number our employers list — their own and their other legal entities' —
 * to the employer, digits only. Drafts count: a profile being written gets its jobs already.
 */
export async function employerNumbers(payload: Payload): Promise<Map<string, number | string>> {
  const { docs } = await payload.find({
    collection: 'employers',
    draft: true,
    depth: 0,
    pagination: false,
    select: { orgNumber: true, otherOrgNumbers: true },
    overrideAccess: true,
  })
  const numbers = new Map<string, number | string>()
  for (const employer of docs) {
    const listed = [
      employer.orgNumber,
      ...(employer.otherOrgNumbers ?? []).map((row) => row.orgNumber),
    ]
    for (const number of listed) if (number) numbers.set(orgNumberKey(number), employer.id)
  }
  return numbers
}
