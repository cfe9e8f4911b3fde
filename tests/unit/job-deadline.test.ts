import { describe, expect, test } from 'vitest'

import { deadlinePhrase, deadlineWord } from '../../site/src/lib/jobDeadline'

describe('a deadline in words', () => {
  test.each([
    ['Snarest', 'asap'],
    ['SNAREST!', 'asap'],
    [' snarest. ', 'asap'],
    ['Snarast', 'asap'],
    ['Så snart som mulig', 'asap'],
    ['så snart som möjligt', 'asap'],
    ['ASAP', 'asap'],
    ['A.S.A.P.', 'asap'],
    ['Fortløpende', 'rolling'],
    ['Løpende', 'rolling'],
    ['«Fortløpende»', 'rolling'],
    ['Löpande urval', 'rolling'],
    ['LÖPANDE URVAL!!', 'rolling'],
    ['Til stillingen er besatt', 'untilFilled'],
    ['Tills tjänsten är tillsatt.', 'untilFilled'],
  ] as const)('%j is understood as %s', (text, word) => {
    expect(deadlineWord(text)).toBe(word)
  })

  test.each(['Se annonsen', 'Etter avtale', 'Snarest, senest 1. mars', ''])(
    '%j is none of the usual words',
    (text) => {
      expect(deadlineWord(text)).toBeNull()
    },
  )

  test('is said in the language of the page', () => {
    expect([
      deadlinePhrase('nb', 'Snarast'),
      deadlinePhrase('sv', 'Snarest'),
      deadlinePhrase('en', 'Snarest'),
    ]).toEqual(['Søk snarest', 'Ansök snarast', 'Apply as soon as possible'])
    expect([
      deadlinePhrase('nb', 'Löpande urval'),
      deadlinePhrase('sv', 'Fortløpende'),
      deadlinePhrase('en', 'Løpende'),
    ]).toEqual([
      'Søknadene behandles fortløpende',
      'Urval sker löpande',
      'Applications are reviewed as they arrive',
    ])
  })

  test('that is not one of the usual ones has no phrase: the ad’s own words are shown', () => {
    expect(deadlinePhrase('sv', 'Etter avtale')).toBeNull()
  })
})
