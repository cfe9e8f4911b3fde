import { expect, test } from 'vitest'

import { rewriteForPreview } from '../../cms/src/endpoints/sitePreview'

test('site-absolute URLs in a preview point into the preview; other origins are left alone', () => {
  const base = '/api/site-preview-files/0123'
  expect(
    rewriteForPreview(
      '<link href="/brand.css"><img src="/media/a.webp" srcset="/media/a-480.avif 480w, /media/a-960.avif 960w"><a href="https://x.example/">x</a><a href="//cdn.example/">y</a>',
      base,
    ),
  ).toBe(
    '<link href="/api/site-preview-files/0123/brand.css"><img src="/api/site-preview-files/0123/media/a.webp" srcset="/api/site-preview-files/0123/media/a-480.avif 480w, /api/site-preview-files/0123/media/a-960.avif 960w"><a href="https://x.example/">x</a><a href="//cdn.example/">y</a>',
  )
  expect(rewriteForPreview('src: url(/_astro/font.woff2)', base)).toBe(
    'src: url(/api/site-preview-files/0123/_astro/font.woff2)',
  )
  expect(
    rewriteForPreview(`src:url("/_astro/a.woff2"),url('/b.woff') url(//cdn.example/c)`, base),
  ).toBe(
    `src:url("/api/site-preview-files/0123/_astro/a.woff2"),url('/api/site-preview-files/0123/b.woff') url(//cdn.example/c)`,
  )
})
