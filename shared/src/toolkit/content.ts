import type { Locale } from '../locales'
import type { SnapshotMedia, SnapshotToolkit } from '../schemas/snapshot'

type Translation = NonNullable<SnapshotToolkit['translations'][Locale]>

/** A toolkit as the zip and README need it: everything but the zips themselves. */
export type ToolkitContent = Omit<SnapshotToolkit, 'translations'> & {
  translations: Partial<Record<Locale, Omit<Translation, 'zip'>>>
}

/** What the zip and README need of an image-bank picture: where its original is, and its credit. */
export type ToolkitImage = Pick<SnapshotMedia, 'credit' | 'licence'> & {
  original: { path: string }
}
