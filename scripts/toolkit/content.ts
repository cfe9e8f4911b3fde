import type { Locale } from '@talentregion/shared/locales'
import type { SnapshotToolkit } from '@talentregion/shared/schemas/snapshot'

type Translation = NonNullable<SnapshotToolkit['translations'][Locale]>

/** A toolkit as the zip and README need it: everything but the zips themselves. */
export type ToolkitContent = Omit<SnapshotToolkit, 'translations'> & {
  translations: Partial<Record<Locale, Omit<Translation, 'zip'>>>
}
