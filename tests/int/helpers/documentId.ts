import type { Config } from '../../../cms/src/payload-types'

/** A document's id as the generated types give it: a number on SQLite, a string on MongoDB. */
export type DocumentId = Config['db']['defaultIDType']
