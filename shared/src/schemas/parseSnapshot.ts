import { z } from 'zod'

import { defaultLocale, isLocale, locales, type Locale } from '../locales'
import { snapshotSchema, type Snapshot } from './snapshot'

/** One thing wrong with a snapshot, located as an editor would look for it. */
export interface SnapshotIssue {
  /** e.g. `stories/17 "moved-to-hamar"` or `settings` */
  document: string
  locale: Locale | null
  /** The field path inside the document, e.g. `translations.sv.title` */
  field: string
  message: string
}

/** A snapshot that cannot be rendered; the message lists every issue, one per line. */
export class SnapshotError extends Error {
  constructor(
    readonly issues: SnapshotIssue[],
    options?: { cause?: unknown },
  ) {
    super(
      `The content snapshot is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map(formatIssue).join('\n'),
      options,
    )
    this.name = 'SnapshotError'
  }
}

export function formatIssue({ document, locale, field, message }: SnapshotIssue): string {
  return `  - ${document}${locale ? ` [${locale}]` : ''}${field ? ` ${field}` : ''}: ${message}`
}

/** The snapshot's lists of documents (stories, campaigns, placements, …), read from its schema. */
const collections: ReadonlySet<string> = new Set(
  Object.entries(snapshotSchema.shape)
    .filter(([, schema]) => schema instanceof z.ZodArray)
    .map(([name]) => name),
)

function describeDocument(input: unknown, collection: string, index: number): string {
  const list = (input as Record<string, unknown> | null)?.[collection]
  const doc = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined
  const docId =
    typeof doc?.id === 'string' || typeof doc?.id === 'number' ? String(doc.id) : `#${index}`
  const translations = doc?.translations as Record<string, { slug?: unknown }> | undefined
  const label =
    doc?.slug ??
    doc?.name ??
    doc?.code ??
    translations?.[defaultLocale]?.slug ??
    Object.values(translations ?? {})[0]?.slug
  return `${collection}/${docId}${typeof label === 'string' ? ` "${label}"` : ''}`
}

function locate(input: unknown, path: PropertyKey[]): Omit<SnapshotIssue, 'message'> {
  const [head, index, ...rest] = path
  const localeAt = path.findIndex((part) => isLocale(part))
  const locale = localeAt === -1 ? null : (path[localeAt] as Locale)
  if (typeof head === 'string' && collections.has(head) && typeof index === 'number') {
    return {
      document: describeDocument(input, head, index),
      locale,
      field: rest.map(String).join('.'),
    }
  }
  return {
    document: typeof head === 'string' ? head : 'snapshot',
    locale,
    field: path.slice(1).map(String).join('.'),
  }
}

function referenceIssues(snapshot: Snapshot): SnapshotIssue[] {
  const issues: SnapshotIssue[] = []
  const ids = (list: { id: string }[]) => new Set(list.map((item) => item.id))
  const media = ids(snapshot.media)
  const places = ids(snapshot.municipalities)
  const employers = ids(snapshot.employers)
  const stories = ids(snapshot.stories)
  const check = (
    document: string,
    field: string,
    value: string | null,
    known: Set<string>,
    what: string,
  ) => {
    if (value !== null && !known.has(value)) {
      issues.push({
        document,
        locale: null,
        field,
        message: `refers to ${what} ${value}, which is not in the snapshot`,
      })
    }
  }
  const slugsSeen = new Map<string, string>()
  const uniqueSlug = (document: string, kind: string, locale: Locale, slug: string) => {
    const key = `${kind}/${locale}/${slug}`
    const first = slugsSeen.get(key)
    if (first)
      issues.push({
        document,
        locale,
        field: 'slug',
        message: `"${slug}" is also used by ${first}`,
      })
    else slugsSeen.set(key, document)
  }
  for (const story of snapshot.stories) {
    const document = `stories/${story.id}`
    check(document, 'heroImage', story.heroImage, media, 'image')
    check(document, 'municipality', story.municipality, places, 'municipality')
    story.relatedEmployers.forEach((employer, i) =>
      check(document, `relatedEmployers.${i}`, employer, employers, 'employer'),
    )
    for (const locale of locales) {
      const slug = story.translations[locale]?.slug
      if (slug) uniqueSlug(document, 'stories', locale, slug)
    }
  }
  for (const employer of snapshot.employers) {
    const document = `employers/${employer.id}`
    check(document, 'logo', employer.logo, media, 'image')
    employer.municipalities.forEach((place, i) =>
      check(document, `municipalities.${i}`, place, places, 'municipality'),
    )
    employer.featuredStories.forEach((story, i) =>
      check(document, `featuredStories.${i}`, story, stories, 'story'),
    )
    for (const locale of locales) uniqueSlug(document, 'employers', locale, employer.slug)
  }
  for (const event of snapshot.events) {
    const document = `events/${event.id}`
    check(document, 'image', event.image, media, 'image')
    check(document, 'place.municipality', event.place.municipality, places, 'municipality')
    if (Date.parse(event.endsAt) < Date.parse(event.startsAt)) {
      issues.push({ document, locale: null, field: 'endsAt', message: 'ends before it starts' })
    }
    for (const locale of locales) {
      const slug = event.translations[locale]?.slug
      if (slug) uniqueSlug(document, 'events', locale, slug)
    }
  }
  check('settings', 'defaultSocialImage', snapshot.settings.defaultSocialImage, media, 'image')
  check('settings', 'homeStory', snapshot.settings.homeStory, stories, 'story')
  return issues
}

/**
 * Parses and cross-checks a snapshot. Throws a SnapshotError naming the document, locale and
 * field of every problem, so a bad export stops before anything is rendered.
 */
export function parseSnapshot(input: unknown): Snapshot {
  const result = snapshotSchema.safeParse(input)
  if (!result.success) {
    throw new SnapshotError(
      result.error.issues.map((issue: z.core.$ZodIssue) => ({
        ...locate(input, issue.path),
        message: issue.message,
      })),
      { cause: result.error },
    )
  }
  const issues = referenceIssues(result.data)
  if (issues.length > 0) throw new SnapshotError(issues)
  return result.data
}
