import type { Snapshot } from '@talentregion/shared/schemas/snapshot'

/** Fields that point at a document, by the list of the snapshot that document is in. */
const pointsInto: Record<string, string> = {
  heroImage: 'media',
  logo: 'media',
  image: 'media',
  defaultSocialImage: 'media',
  imageBank: 'media',
  municipality: 'municipalities',
  municipalities: 'municipalities',
  relatedEmployers: 'employers',
  employers: 'employers',
  employer: 'employers',
  featuredStories: 'stories',
  stories: 'stories',
  homeStory: 'stories',
  event: 'events',
  campaign: 'campaigns',
  toolkitId: 'toolkits',
}

/**
 * A snapshot with what legitimately differs between two seeds of the same content masked: ids
 * become their order of first appearance (SQLite numbers, MongoDB ObjectIds), and times, random
 * short codes and the demo photos' grain (their hashed names and sizes) are blanked, and the
 * placements, listed by their random codes, are sorted. What is left is the content, its
 * references and its order.
 */
export function comparableSnapshot(snapshot: Snapshot): unknown {
  // Ids are numbered per list: SQLite numbers each table from 1, MongoDB's ids are unique.
  const ordinals = new Map<string, string>()
  const ordinal = (list: string, id: string) => {
    const key = `${list} ${id}`
    if (!ordinals.has(key))
      ordinals.set(
        key,
        `${list}#${[...ordinals.keys()].filter((k) => k.startsWith(`${list} `)).length}`,
      )
    return ordinals.get(key)!
  }
  const mask = (value: unknown, path: string[]): unknown => {
    const key = path.at(-1) ?? ''
    if (Array.isArray(value)) return value.map((item) => mask(item, path))
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value).map(([name, inner]) => [name, mask(inner, [...path, name])]),
      )
    if (typeof value !== 'string') return key === 'bytes' ? 0 : value
    if (key === 'id') return ordinal(path.length === 2 ? path[0]! : path.join('.'), value)
    if (key in pointsInto && path.length > 1) return ordinal(pointsInto[key]!, value)
    if (/At$/.test(key)) return 'time'
    if (key === 'code') return 'code'
    return value
      .replace(/utm_content=[A-Z0-9]{6}/g, 'utm_content=code')
      .replace(/\.[0-9a-f]{10}\.(\w+)$/, '.hash.$1')
  }
  const masked = mask(snapshot, []) as { placements: unknown[] }
  // Placements are listed by their random codes; compared, they are a set.
  masked.placements.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  return masked
}
