import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'

import { referencesTo, type Reference, type Step } from './referencesTo'

type Doc = Record<string, unknown>
type CollectionModel = MongooseAdapter['collections'][string]

/** An id as text, whether stored as a string, a number or an ObjectId. */
const idText = (value: unknown): string | null => {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  const hex = (value as { toHexString?: () => string } | null)?.toHexString
  return typeof hex === 'function' ? hex.call(value) : null
}

/** Whether a stored relationship value points at the deleted document. */
const pointsAt = (value: unknown, reference: Reference, target: string, id: string) =>
  reference.polymorphic
    ? typeof value === 'object' &&
      value !== null &&
      (value as Doc).relationTo === target &&
      idText((value as Doc).value) === id
    : idText(value) === id

/**
 * The document with the deleted target taken out of one field: a single relationship becomes
 * null, a list loses the entry — what SQLite's foreign keys do (`ON DELETE SET NULL`, and
 * `CASCADE` on the rows of a has-many table).
 */
function prune(container: Doc, steps: Step[], reference: Reference, target: string, id: string) {
  const [step, ...rest] = steps
  if (!step || !(step.name in container)) return container
  const pruneValue = (value: unknown): unknown => {
    if (rest.length === 0) {
      if (reference.hasMany)
        return Array.isArray(value)
          ? value.filter((entry) => !pointsAt(entry, reference, target, id))
          : value
      return pointsAt(value, reference, target, id) ? null : value
    }
    if (step.rows)
      return Array.isArray(value)
        ? (value as unknown[]).map((row) =>
            row && typeof row === 'object' ? prune(row as Doc, rest, reference, target, id) : row,
          )
        : value
    return value && typeof value === 'object'
      ? prune(value as Doc, rest, reference, target, id)
      : value
  }
  const value = container[step.name]
  const pruned =
    step.localized && value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value as Doc).map(([locale, inLocale]) => [locale, pruneValue(inLocale)]),
        )
      : pruneValue(value)
  return { ...container, [step.name]: pruned }
}

/** The dotted paths a query can find the reference under (every locale of a localized step). */
function queryPaths(steps: Step[], locales: string[], polymorphic: boolean): string[] {
  const paths = steps.reduce<string[]>(
    (prefixes, step) =>
      prefixes.flatMap((prefix) =>
        (step.localized ? locales.map((locale) => `${step.name}.${locale}`) : [step.name]).map(
          (part) => (prefix ? `${prefix}.${part}` : part),
        ),
      ),
    [''],
  )
  return polymorphic ? paths.map((path) => `${path}.value`) : paths
}

async function clearIn(
  model: CollectionModel,
  filter: Doc,
  steps: Step[],
  reference: Reference,
  target: string,
  id: string,
  locales: string[],
) {
  const ObjectId = model.base.Types.ObjectId
  const candidates: unknown[] = [id, ...(ObjectId.isValid(id) ? [new ObjectId(id)] : [])]
  // Globals share one model and keep their fields in per-global schemas: the base model must
  // neither drop those paths from the query nor from the update.
  const docs = await model
    .find({
      ...filter,
      $or: queryPaths(steps, locales, reference.polymorphic).map((path) => ({
        [path]: { $in: candidates },
      })),
    })
    .setOptions({ strictQuery: false })
    .lean<Doc[]>()
  const top = steps[0]!.name
  for (const doc of docs) {
    const pruned = prune(doc, steps, reference, target, id)
    await model.updateOne({ _id: doc._id }, { $set: { [top]: pruned[top] } }, { strict: false })
  }
}

/**
 * After a document is deleted on MongoDB, takes it out of every field that pointed at it, in
 * documents, globals and their versions, as SQLite's foreign keys do by themselves. Hooks and
 * validation are not run: like a foreign key, this is the database keeping itself consistent.
 */
export async function clearReferences(payload: Payload, target: string, id: string) {
  const db = payload.db as unknown as MongooseAdapter
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  for (const reference of referencesTo(payload.config, target)) {
    const owner =
      'collection' in reference.owner ? reference.owner.collection : reference.owner.global
    const models: [CollectionModel | undefined, Doc, Step[]][] =
      'collection' in reference.owner
        ? [
            [db.collections[owner], {}, reference.steps],
            [
              db.versions[owner],
              {},
              [{ name: 'version', localized: false, rows: false }, ...reference.steps],
            ],
          ]
        : [
            [db.globals, { globalType: owner }, reference.steps],
            [
              db.versions[owner],
              {},
              [{ name: 'version', localized: false, rows: false }, ...reference.steps],
            ],
          ]
    for (const [model, filter, steps] of models)
      if (model) await clearIn(model, filter, steps, reference, target, id, locales)
  }
}
