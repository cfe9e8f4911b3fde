import { pickLanguage } from '../../cms/src/app/(partners)/partners/pickLanguage'
import { expect, test } from 'vitest'

test('the partner portal picks the language as the public site does', () => {
  // The browser's order decides, not ours: an English reader who also reads Swedish gets English.
  expect(pickLanguage(undefined, 'en-GB,en;q=0.9,sv;q=0.8')).toBe('en')
  expect(pickLanguage(undefined, 'sv;q=0.5,nb;q=0.9')).toBe('nb')
  // Danish reads Norwegian, Finnish reads Swedish, Nynorsk is Norwegian.
  expect(pickLanguage(undefined, 'da-DK,da;q=0.9')).toBe('nb')
  expect(pickLanguage(undefined, 'fi-FI')).toBe('sv')
  expect(pickLanguage(undefined, 'nn')).toBe('nb')
  // The address wins; anything unknown falls back to Norwegian.
  expect(pickLanguage('sv', 'en')).toBe('sv')
  expect(pickLanguage('xx', 'de-DE')).toBe('nb')
})
