import fs from 'node:fs'

import type { Locale } from '@talentregion/shared/locales'
import { compoundParts, markCompounds, unmarkCompounds } from '../../site/src/lib/compounds'
import { loadLexicons } from '../../site/src/lib/dictionaries'
import { readHunspell } from '../../site/src/lib/hunspell'
import { mapPageText, searchablePart, separateBlocks } from '../../site/src/lib/searchText'
import { expect, test } from 'vitest'

const lexicons = await loadLexicons()
const norwegian = lexicons.of('nb')!
const swedish = lexicons.of('sv')!

/** The hand-split words of the demo's text (tests/fixtures/compounds), as "bygg_ingeniør". */
const handSplit = (locale: Locale) =>
  fs
    .readFileSync(new URL(`../fixtures/compounds/${locale}.txt`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))

/** Where a word split with underscores is cut, counted in letters. */
function cuts(split: string): Set<number> {
  const at = new Set<number>()
  let letters = 0
  for (const char of split) {
    if (char === '_') at.add(letters)
    else letters += 1
  }
  return at
}

test.each([
  ['sv', 'sjuksköterska', 'Intensivvårdssjuksköterskan', 'Intensiv_vårds_sjuksköterskan'],
  ['sv', 'ingenjör', 'civilingenjörsexamen', 'civil_ingenjörsexamen'],
  ['sv', 'ingenjör', 'produktionsingenjör', 'produktions_ingenjör'],
  ['nb', 'ingeniør', 'sivilingeniørutdanning', 'sivil_ingeniørutdanning'],
  ['nb', 'ingeniør', 'Byggingeniører', 'Bygg_ingeniører'],
  ['nb', 'sykepleier', 'intensivsykepleieren', 'intensiv_sykepleieren'],
] as const)('%s: a search for "%s" finds "%s", split as "%s"', (locale, search, word, split) => {
  const marked = markCompounds(word, lexicons.of(locale)!)
  expect(marked).toBe(split)
  // Pagefind finds a word by the start of the word or of one of its parts.
  expect(marked.toLocaleLowerCase().split('_')).toContainEqual(expect.stringMatching(`^${search}`))
})

test('compounds are cut where the dictionary allows, in front of the longest last part it knows', () => {
  expect(compoundParts('produksjonslinjene', norwegian)).toEqual(['produksjons', 'linjene'])
  expect(compoundParts('arbeidsplasser', norwegian)).toEqual(['arbeids', 'plasser'])
  expect(compoundParts('vannkraftverkene', norwegian)).toEqual(['vann', 'kraftverkene'])
  expect(compoundParts('nettverksgrupper', norwegian)).toEqual(['nett', 'verks', 'grupper'])
  expect(compoundParts('skiløypene', norwegian)).toEqual(['ski', 'løypene'])
  expect(compoundParts('livsmedelsindustrin', swedish)).toEqual(['livs', 'medels', 'industrin'])
  expect(compoundParts('högspänningsutrustning', swedish)).toEqual([
    'hög',
    'spännings',
    'utrustning',
  ])
  expect(compoundParts('återföreningsfest', swedish)).toEqual(['åter', 'förenings', 'fest'])
})

test('words that are not compounds, or only look like one, stay whole', () => {
  for (const word of ['ordningen', 'kollegaer', 'bedriftene', 'Innlandet', 'landskap'])
    expect(compoundParts(word, norwegian)).toEqual([word])
  // "före" + "taget" are both words, but the dictionary lets neither stand in a compound there.
  for (const word of ['företaget', 'erfarenheter', 'förgrunden', 'kommunerna'])
    expect(compoundParts(word, swedish)).toEqual([word])
})

test.each([
  ['nb', 0.9, 0.82],
  ['sv', 0.92, 0.78],
] as const)(
  '%s: splitting the demo text finds the hand-made cuts (precision ≥ %s, recall ≥ %s)',
  (locale, precision, recall) => {
    let right = 0
    let made = 0
    let expected = 0
    for (const split of handSplit(locale)) {
      const want = cuts(split)
      const got = cuts(compoundParts(split.replaceAll('_', ''), lexicons.of(locale)!).join('_'))
      made += got.size
      expected += want.size
      right += [...got].filter((cut) => want.has(cut)).length
    }
    expect(expected).toBeGreaterThan(150)
    expect(right / made).toBeGreaterThanOrEqual(precision)
    expect(right / expected).toBeGreaterThanOrEqual(recall)
  },
)

test('a dictionary is read with its compound rules, affixes and linking forms', () => {
  const dictionary = readHunspell(
    [
      'SET UTF-8',
      'COMPOUNDBEGIN X',
      'COMPOUNDEND Y',
      'COMPOUNDPERMITFLAG W',
      'ONLYINCOMPOUND Z',
      'SFX v N 1',
      'SFX v 0 s/WXZ .',
      'SFX A Y 1',
      'SFX A 0 er .',
    ].join('\n'),
    ['3', 'vård/vY', 'ingenjör/AvY', 'sjuk/XY'].join('\n'),
  )
  expect(dictionary.compound).toMatchObject({ begin: 'X', end: 'Y', permit: 'W' })
  expect(dictionary.readings('vårds')).toEqual([
    { flags: 'vY', cont: 'WXZ', prefixed: false, suffixed: true },
  ])
  expect(dictionary.readings('ingenjörer')).toHaveLength(1)
  expect(dictionary.readings('ingenjörs')).toHaveLength(1)
  expect(dictionary.readings('vårdar')).toEqual([])
})

test('the search copy of a page marks compounds in its text only, and keeps blocks apart', () => {
  const page =
    '<p class="byggingeniør">Byggingeniør søkes</p><script>const byggingeniør = 1</script><a href="/">Nettsteder</a>'
  expect(separateBlocks(mapPageText(page, (text) => markCompounds(text, norwegian)))).toBe(
    '<p class="byggingeniør">Bygg_ingeniør søkes</p> <script>const byggingeniør = 1</script><a href="/">Nett_steder</a> ',
  )
})

test('an excerpt from the search copy reads as the page wrote it', () => {
  const marked = markCompounds('Byggingeniører i industribedrifter, e-post og 10_000', norwegian)
  expect(marked).toBe('Bygg_ingeniører i industri_bedrifter, e-post og 10_000')
  expect(unmarkCompounds(marked)).toBe('Byggingeniører i industribedrifter, e-post og 10_000')
})

test('Pagefind is given the language and the searchable part of a page, nothing else', () => {
  const page =
    '<!DOCTYPE html><html lang="sv"><head><title>T</title><style>p{}</style></head><body>' +
    '<header data-pagefind-ignore><nav>Meny</nav></header>' +
    '<main id="main" data-pagefind-body><h1>Ingenjör</h1><span data-pagefind-filter="type">Berättelse</span></main>' +
    '<footer>Sidfot</footer></body></html>'
  expect(searchablePart(page)).toBe(
    '<!DOCTYPE html><html lang="sv"><head></head><body>' +
      '<main id="main" data-pagefind-body><h1>Ingenjör</h1><span data-pagefind-filter="type">Berättelse</span></main>' +
      '</body></html>',
  )
  expect(searchablePart(page.replace(' data-pagefind-body', ''))).toBeNull()
})

test('a word seen before is marked as it was the first time', () => {
  const seen = new Map<string, string>()
  expect(markCompounds('Byggingeniør', norwegian, seen)).toBe('Bygg_ingeniør')
  expect(seen.get('Byggingeniør')).toBe('Bygg_ingeniør')
  expect(markCompounds('Byggingeniør og byggingeniør', norwegian, seen)).toBe(
    'Bygg_ingeniør og bygg_ingeniør',
  )
})

test('English compounds are written apart, and no dictionary splits them', () => {
  expect(lexicons.of('en')).toBeNull()
})
