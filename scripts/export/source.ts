/** A document as Payload returns it with `locale: 'all'` and `depth: 0`. */
export type RawDoc = Record<string, unknown> & { id: string | number }

export type ExportedCollection =
  | 'stories'
  | 'employers'
  | 'jobs'
  | 'events'
  | 'municipalities'
  | 'media'
  | 'toolkits'
  | 'files'
  | 'campaigns'
  | 'placements'
  | 'redirects'

/** The upload collections whose stored files the exporter copies. */
export type UploadCollection = 'media' | 'files'

/**
 * Where the exporter reads content from: the CMS database in-process, or a running CMS over
 * REST. Both return what an anonymous visitor may see, every locale side by side.
 */
export interface ContentSource {
  /** The CMS's public address, when it has one: partners log in there. */
  cmsUrl: string | null
  /** Every published document of a collection (media and municipalities have no drafts). */
  findAll(collection: ExportedCollection, where?: Record<string, unknown>): Promise<RawDoc[]>
  /** A global in every locale; `fallback` fills empty translations from the default locale. */
  findGlobal(
    slug: 'site-settings',
    options: { locale: string; fallback: boolean },
  ): Promise<Record<string, unknown>>
  /** An uploaded file's bytes, by its collection and stored file name. */
  readUpload(collection: UploadCollection, filename: string): Promise<Buffer>
  close(): Promise<void>
}
