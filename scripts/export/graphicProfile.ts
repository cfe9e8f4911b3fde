import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

import { asText, published, translatedText } from './fields'
import type { ContentSource } from './source'

/** The colours and typefaces of the toolkit chosen to style the site. */
export async function readGraphicProfile(
  source: ContentSource,
  toolkitId: string | null,
): Promise<Snapshot['graphicProfile']> {
  if (!toolkitId) return null
  // Only a published, public toolkit may style the site; anything else leaves the default look.
  const [toolkit] = await source.findAll('toolkits', {
    and: [{ id: { equals: toolkitId } }, published, { visibility: { equals: 'public' } }],
  })
  if (!toolkit) return null
  const colours = (Array.isArray(toolkit.colours) ? toolkit.colours : []) as Record<
    string,
    unknown
  >[]
  const typography = (Array.isArray(toolkit.typography) ? toolkit.typography : []) as Record<
    string,
    unknown
  >[]
  return {
    toolkitId: String(toolkit.id),
    colours: colours.map((colour) => ({
      name: translatedText(colour.name),
      hex: asText(colour.hex).toUpperCase(),
      role: (colour.role ?? 'accent') as 'accent',
    })),
    typography: typography.map((type) => ({
      family: asText(type.family),
      usage: type.usage as 'heading' | 'body',
      fallback: asText(type.fallback),
    })),
  }
}
