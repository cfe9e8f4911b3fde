import type { Locale } from '../locales'

/** A counted phrase's forms: "{count} arbeidsgiver" and "{count} arbeidsgivere". */
export interface PluralForms {
  one: string
  other: string
}

/**
 * The form the language's plural rules choose for `count`, with the number written the way the
 * language writes it ("10 000" with a non-breaking space in nb and sv, "10,000" in en). Small
 * enough for the browser islands, which get the two forms from the page.
 */
export function plural(locale: Locale, forms: PluralForms, count: number): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? forms.one : forms.other
  return form.replace('{count}', new Intl.NumberFormat(locale).format(count))
}
