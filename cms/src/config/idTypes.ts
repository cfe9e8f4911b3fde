import type { Config } from 'payload'

type SchemaHook = NonNullable<NonNullable<Config['typescript']>['schema']>[number]
type Schema = ReturnType<SchemaHook>

const eitherId = ['string', 'number']

/** `{ type: 'number' }` or `{ type: ['number', 'null'] }` as either id type (null kept). */
const widen = (member: Schema): Schema => {
  const types = ([] as unknown[]).concat(member.type)
  return { ...member, type: types.includes('null') ? [...eitherId, 'null'] : eitherId } as Schema
}

const isIdType = (member: Schema) =>
  ([] as unknown[]).concat(member.type).some((type) => type === 'number' || type === 'string')

/** A reference as Payload writes it: an id or the populated document, `oneOf` the two. */
const isReference = (schema: Schema) =>
  Array.isArray(schema.oneOf) &&
  schema.oneOf.length === 2 &&
  isIdType(schema.oneOf[0]!) &&
  typeof schema.oneOf[1]!.$ref === 'string' &&
  schema.oneOf[1]!.$ref.startsWith('#/definitions/')

function widenReferences(schema: unknown): void {
  if (Array.isArray(schema)) return schema.forEach(widenReferences)
  if (!schema || typeof schema !== 'object') return
  const node = schema as Schema
  if (isReference(node)) node.oneOf = [widen(node.oneOf![0]!), node.oneOf![1]!]
  Object.values(node).forEach(widenReferences)
}

/**
 * Generated types give ids as either database stores them: a number on SQLite, a string (an
 * ObjectId) on MongoDB. Payload writes the id type of the adapter it generates with; this widens
 * every document's id, every reference and the default id type to `string | number`, so no code
 * compiled against them can assume one.
 */
export const idsOfEitherDatabase: SchemaHook = ({ jsonSchema, config }) => {
  const definitions = jsonSchema.definitions ?? {}
  for (const { slug } of [...config.collections, ...config.globals]) {
    const id = definitions[slug]?.properties?.id
    if (id) definitions[slug]!.properties!.id = widen(id)
  }
  const db = jsonSchema.properties?.db?.properties?.defaultIDType
  if (db) jsonSchema.properties!.db!.properties!.defaultIDType = widen(db)
  widenReferences(definitions)
  return jsonSchema
}
