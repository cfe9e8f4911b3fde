/** How an image or file may be used; decides whether it can travel in a public toolkit. */
export const licences = ['owned', 'cc-by', 'cc-by-sa', 'cc0', 'ofl', 'rights-managed'] as const

export type Licence = (typeof licences)[number]

/**
 * Licences that let anyone who downloads a toolkit pass the file on: a rights-managed font or
 * image may be shown and linked, but never packed into the toolkit's zip.
 */
export function mayRedistribute(licence: Licence): boolean {
  return licence !== 'rights-managed'
}
