import { labels, type UiStringKey } from '@talentregion/shared/i18n'

/**
 * Select options for one of the shared fixed lists, labelled in nb, sv and en from the UI
 * strings, so the admin and the public site name each value the same way.
 */
export function selectOptions<T extends string>({
  values,
  labelPrefix,
}: {
  values: readonly T[]
  labelPrefix: 'industry' | 'topic' | 'size' | 'licence'
}) {
  return values.map((value) => ({
    value,
    label: labels(`${labelPrefix}.${value}` as UiStringKey),
  }))
}
