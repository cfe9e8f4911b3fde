import {
  compoundParts,
  markCompounds,
  unmarkCompounds,
  vocabulary,
  wordsOf,
} from '../../site/src/lib/compounds'
import { mapPageText, separateBlocks } from '../../site/src/lib/searchText'
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
