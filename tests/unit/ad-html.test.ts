import { describe, expect, test } from 'vitest'

import { sanitiseAdHtml } from '../../cms/src/jobFeeds/sanitiseAdHtml'

describe('ad text from the job feeds is sanitised', () => {
  test.each([
    ['a script', '<p>Hei</p><script>alert(1)</script>', '<p>Hei</p>'],
    ['an event handler', '<p onclick="alert(1)">Hei</p>', '<p>Hei</p>'],
    ['an image with onerror', '<p>Hei<img src=x onerror="alert(1)"></p>', '<p>Hei</p>'],
    [
      'a javascript: link',
      '<a href="javascript:alert(1)">Søk</a>',
      '<a rel="nofollow noopener noreferrer">Søk</a>',
    ],
    ['a frame', '<iframe src="https://evil.example"></iframe><p>Hei</p>', '<p>Hei</p>'],
    ['inline styles and classes', '<p style="position:fixed" class="x">Hei</p>', '<p>Hei</p>'],
    [
      'a form',
      '<form action="https://evil.example"><input name="pw"></form><p>Hei</p>',
      '<p>Hei</p>',
    ],
    [
      'a protocol-relative link',
      '<a href="//evil.example">x</a>',
      '<a rel="nofollow noopener noreferrer">x</a>',
    ],
  ])('removes %s', (_, html, expected) => {
    expect(sanitiseAdHtml(html)).toBe(expected)
  })

  test('keeps paragraphs, lists, emphasis and web links, which get no referrer or ranking', () => {
    const html =
      '<h2>Om oss</h2><p>Vi <strong>søker</strong> <em>deg</em>.</p><ul><li>Fast</li></ul><a href="https://x.example/a" target="_blank" rel="opener">Les mer</a>'
    expect(sanitiseAdHtml(html)).toBe(
      '<p>Om oss</p><p>Vi <strong>søker</strong> <em>deg</em>.</p><ul><li>Fast</li></ul><a href="https://x.example/a" rel="nofollow noopener noreferrer">Les mer</a>',
    )
  })

  test('drops paragraphs left empty', () => {
    expect(sanitiseAdHtml('<p><img src="x"></p><p> </p><p>Tekst</p>')).toBe('<p>Tekst</p>')
  })
})
