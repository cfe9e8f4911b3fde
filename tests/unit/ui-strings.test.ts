import { describe, expect, test } from 'vitest'

import { labels, t, uiStrings } from '@talentregion/shared/i18n'
import { uiStringsSchema } from '@talentregion/shared/i18n/schema'
import { industries } from '@talentregion/shared/industries'
import { locales } from '@talentregion/shared/locales'
import { topics } from '@talentregion/shared/topics'

const { nb, sv, en } = uiStrings

describe('UI strings', () => {
  test.each(locales)('%s has every key, none empty', (locale) => {
    expect(Object.keys(uiStrings[locale]).sort()).toEqual(Object.keys(nb).sort())
  })

  test('a table missing a key is refused, naming the key', () => {
    const { ['nav.search']: _, ...incomplete } = sv
    const result = uiStringsSchema.safeParse(incomplete)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['nav.search'])
  })

  test('every industry and topic has a label in every language', () => {
    const missing = [
      ...industries.map((industry) => `industry.${industry}`),
      ...topics.map((topic) => `topic.${topic}`),
    ].filter((key) => !(key in nb && key in sv && key in en))
    expect(missing).toEqual([])
  })

  test('labels give one string per locale', () => {
    expect(labels('nav.stories')).toEqual({ nb: 'Historier', sv: 'Berättelser', en: 'Stories' })
    expect(t('sv', 'nav.search')).toBe('Sök')
  })
})
