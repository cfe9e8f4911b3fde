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
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="data:image/svg+xml;base64,AAA"/></svg>',
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
  // Spelled so that a pattern over the text misses them; the parser and the CSS decoder do not.
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:u\\72l(https://evil.example/p)"/></svg>',
    /url\(\) reference/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:&#117;rl(https://evil.example/p)"/></svg>',
    /url\(\) reference/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: \\75 rl(//evil.example/p) }</style></svg>',
    /url\(\) reference/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@\\69mport "https://evil.example/x.css";</style></svg>',
    /@import/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="&#117;rl(https://evil.example/p)"/></svg>',
    /url\(\) reference/,
  ],
  [
    '<?xml-stylesheet href="https://evil.example/x.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    /processing instruction/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><metadata><rdf:RDF><script>alert(1)</script></rdf:RDF></metadata></svg>',
    /<script>/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="java&#x09;script:alert(1)"><rect/></a></svg>',
    /a script URL/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><animate attributeName="href" to="#x"/></svg>',
    /element a drawing does not need/,
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>',
    /link to another file/,
  ],
])('hostile or broken SVG %# is refused', (svg, problem) => {
  expect(svgProblem(svg)).toMatch(problem)
})

test('a plain logo with internal references passes', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="10" height="10"/><use href="#g"/><use xlink:href=\'#g\'/></svg>'
  expect(svgProblem(svg)).toBeNull()
})

test('a logo saved by Inkscape, with its own bookkeeping, passes', () => {
  const svg = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:cc="http://creativecommons.org/ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" width="120" height="40" viewBox="0 0 120 40" inkscape:version="1.3">
  <sodipodi:namedview id="nv" pagecolor="#ffffff"/>
  <metadata><rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format></cc:Work></rdf:RDF></metadata>
  <style>.a { fill: #0b5d4b; font-family: 'Source Sans 3', sans-serif }</style>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer"><path class="a" d="M0 0h10v10z"/><text x="12" y="20" font-size="12">Innlandet</text></g>
</svg>`
  expect(svgProblem(svg)).toBeNull()
})
