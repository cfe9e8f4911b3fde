/** How an image or file may be used; decides whether it can travel in a public toolkit. */
export const licences = ['owned', 'cc-by', 'cc-by-sa', 'cc0', 'rights-managed'] as const

export type Licence = (typeof licences)[number]
