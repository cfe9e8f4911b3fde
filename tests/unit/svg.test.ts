import { expect, test } from 'vitest'

import { svgProblemText } from '../../cms/src/config/adminMessages'
import { svgProblem } from '../../cms/src/uploads/inspectSvg'

test.each([
  ['<svg xmlns="http://www.w3.org/2000/svg"><SCRIPT>alert(1)</SCRIPT></svg>', 'script'],
  ['<svg xmlns="http://www.w3.org/2000/svg"><rect onclick = "x()"/></svg>', 'eventHandler'],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><use href="https://evil.example/a.svg#x"/></svg>',
    'externalLink',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="data:image/svg+xml;base64,AAA"/></svg>',
    'externalLink',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/x.css);</style></svg>',
    'cssImport',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://evil.example/p)"/></svg>',
    'cssUrl',
  ],
  ['<svg xmlns="http://www.w3.org/2000/svg"><iframe src="x"/></svg>', 'embedded'],
  ['<html><body>not svg</body></html>', 'noSvgRoot'],
  // Spelled so that a pattern over the text misses them; the parser and the CSS decoder do not.
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:u\\72l(https://evil.example/p)"/></svg>',
    'cssUrl',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:&#117;rl(https://evil.example/p)"/></svg>',
    'cssUrl',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><style>rect { fill: \\75 rl(//evil.example/p) }</style></svg>',
    'cssUrl',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@\\69mport "https://evil.example/x.css";</style></svg>',
    'cssImport',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><rect fill="&#117;rl(https://evil.example/p)"/></svg>',
    'cssUrl',
  ],
  [
    '<?xml-stylesheet href="https://evil.example/x.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
    'processingInstruction',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><metadata><rdf:RDF><script>alert(1)</script></rdf:RDF></metadata></svg>',
    'script',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><a href="java&#x09;script:alert(1)"><rect/></a></svg>',
    'scriptUrl',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><animate attributeName="href" to="#x"/></svg>',
    'unneededElement',
  ],
  [
    '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>',
    'externalLink',
  ],
])('hostile or broken SVG %# is refused', (svg, problem) => {
  expect(svgProblem(svg)?.code).toBe(problem)
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

test('the problem is told in the reader’s language, naming what was found', () => {
  const problem = svgProblem('<svg xmlns="http://www.w3.org/2000/svg"><marquee/></svg>')
  expect(problem).toEqual({ code: 'unneededElement', detail: '<marquee>' })
  expect(svgProblemText({ i18n: { language: 'sv' } } as never, problem!)).toBe(
    'ett element som en teckning inte behöver (<marquee>)',
  )
})
