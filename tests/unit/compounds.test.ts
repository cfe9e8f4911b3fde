import {
  compoundParts,
  markCompounds,
  unmarkCompounds,
  vocabulary,
  wordsOf,
} from '../../site/src/lib/compounds'
import { mapPageText, searchablePart, separateBlocks } from '../../site/src/lib/searchText'
import { expect, test } from 'vitest'

const norwegian = vocabulary(
  wordsOf(
    'Vi trenger ingeniører og bygg. Industri og bedrifter. Produksjon av mat. Ordningen gjelder ingen. Nett og sted.',
  ),
  'nb',
)
const swedish = vocabulary(
  wordsOf('Vi söker ingenjörer till produktionen och industrin. Examen i juni.'),
  'sv',
)

test('compounds split where every part is a word the site uses, inflected or not', () => {
  expect(compoundParts('Byggingeniør', norwegian)).toEqual(['Bygg', 'ingeniør'])
  expect(compoundParts('byggingeniører', norwegian)).toEqual(['bygg', 'ingeniører'])
  expect(compoundParts('produksjonsingeniør', norwegian)).toEqual(['produksjons', 'ingeniør'])
  expect(compoundParts('industribedrifter', norwegian)).toEqual(['industri', 'bedrifter'])
  expect(compoundParts('Produktionsingenjör', swedish)).toEqual(['Produktions', 'ingenjör'])
  // A long, distinctive part is split off even when the front is not a word the site uses.
  expect(compoundParts('civilingenjörsexamen', swedish)).toEqual(['civil', 'ingenjörs', 'examen'])
})

test('a word is not cut where a part is unknown or too short to mean anything', () => {
  // "ingen" is a word, but "ordn" is not: the word stays whole.
  expect(compoundParts('ordningen', norwegian)).toEqual(['ordningen'])
  expect(compoundParts('Innlandet', norwegian)).toEqual(['Innlandet'])
  expect(compoundParts('kollegaer', norwegian)).toEqual(['kollegaer'])
})

test('the search copy of a page marks compounds in its text only, and keeps blocks apart', () => {
  const page =
    '<p class="byggingeniør">Byggingeniør søkes</p><script>const byggingeniør = 1</script><a href="/">Nettsted</a>'
  expect(separateBlocks(mapPageText(page, (text) => markCompounds(text, norwegian)))).toBe(
    '<p class="byggingeniør">Bygg_ingeniør søkes</p> <script>const byggingeniør = 1</script><a href="/">Nett_sted</a> ',
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
