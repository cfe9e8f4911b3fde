import { expect, test } from 'vitest'

import { svgProblem } from '@talentregion/cms/uploads/inspectSvg'

test.each([
  ['<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT>alert(1)</SCRIPT></svg>', /<script>/],
  ['<svg xmlns="http://www.w3.org/2000/svg"><rect onclick = "x()"/></svg>', /event handler/],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/a.svg#x"/></svg>',
    /link to another file/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><use xlink:href="data:image/svg+xml;base64,AAA"/></svg>',
    /link to another file/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/x.css);</style></svg>',
    /url\(\) reference|@import/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://evil.example/p)"/></svg>',
    /url\(\) reference/,
  ],
  ['<svg xmlns="http://www.w3.org/2000/svg"><iframe src="x"/></svg>', /embedded document/],
  ['<html><body>not svg</body></html>', /no <svg> root/],
])('hostile or broken SVG %# is refused', (svg, problem) => {
  expect(svgProblem(svg)).toMatch(problem)
})

test('a plain logo with internal references passes', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/><use xlink:href=\'#g\'/></svg>'
  expect(svgProblem(svg)).toBeNull()
})
