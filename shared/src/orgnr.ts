/** Countries whose organisation numbers we validate. */
export const orgNumberCountries = ['NO', 'SE'] as const
export type OrgNumberCountry = (typeof orgNumberCountries)[number]

const norwegianWeights = [3, 2, 7, 6, 5, 4, 3, 2]

/** Norwegian organisasjonsnummer: 9 digits, the last a modulus-11 check digit. */
export function isValidNorwegianOrgNumber(value: string): boolean {
  const digits = value.replace(/\s/g, '')
  if (!/^\d{9}$/.test(digits)) return false
  const sum = norwegianWeights.reduce((acc, weight, i) => acc + weight * Number(digits[i]), 0)
  const remainder = sum % 11
  const check = remainder === 0 ? 0 : 11 - remainder
  return check !== 10 && check === Number(digits[8])
}

/** Swedish organisationsnummer: 10 digits (NNNNNN-NNNN), the last a Luhn check digit. */
export function isValidSwedishOrgNumber(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '')
  if (!/^\d{10}$/.test(digits)) return false
  // Legal entities have a third digit of at least 2, which keeps personal ID numbers out.
  if (Number(digits[2]) < 2) return false
  let sum = 0
  for (let i = 0; i < 10; i++) {
    let n = Number(digits[i])
    if (i % 2 === 0) {
      n *= 2
      if (n > 9) n -= 9
    }
    sum += n
  }
  return sum % 10 === 0
}

/**
 * An organisation number reduced to its digits, the form both job feeds and our employers are
 * compared in: NAV writes "974760673", Arbetsförmedlingen "2021002114" or "202100-2114".
 */
export function orgNumberKey(value: string): string {
  return value.replace(/\D/g, '')
}
