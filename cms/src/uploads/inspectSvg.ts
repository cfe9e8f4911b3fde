import { DOMParser, type Element, type Node } from '@xmldom/xmldom'

/** What in an SVG cannot be accepted; `detail` names the element, attribute or parser error. */
export interface SvgProblem {
  code: SvgProblemCode
  detail?: string
}

export type SvgProblemCode =
  | 'cssImport'
  | 'cssUrl'
  | 'cssActive'
  | 'foreignVocabulary'
  | 'script'
  | 'foreignObject'
  | 'embedded'
  | 'unneededElement'
  | 'eventHandler'
  | 'scriptUrl'
  | 'externalLink'
  | 'unneededAttribute'
  | 'doctype'
  | 'notXml'
  | 'noSvgRoot'
  | 'processingInstruction'

const svgNamespace = 'http://www.w3.org/2000/svg'

/** Elements a drawing is made of. Anything else (script, foreignObject, iframe, animate…) is refused. */
const allowedElements = new Set(
  `
    svg g defs title desc metadata symbol use switch style path rect circle ellipse line polyline a image
    polygon text tspan textPath linearGradient radialGradient stop pattern clipPath mask marker
    filter feBlend feColorMatrix feComponentTransfer feComposite feDropShadow feFlood feFuncA
    feFuncB feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset
  `
    .trim()
    .split(/\s+/)
    .map((name) => name.toLowerCase()),
)

/** Drawing programs' own bookkeeping (Inkscape, Illustrator, RDF licence data): inert, kept. */
const editorNamespaces = /^(sodipodi|inkscape|rdf|cc|dc|i|x|sketch|serif|xml|xmlns)$/

/** Attributes a drawing uses; `on…` handlers and unknown attributes are refused. */
const allowedAttributes = new Set(
  `
    id class style lang version baseProfile viewBox preserveAspectRatio x y x1 y1 x2 y2 cx cy r rx
    ry fx fy fr width height d points pathLength transform href offset gradientUnits
    gradientTransform spreadMethod patternUnits patternContentUnits patternTransform clipPathUnits
    maskUnits maskContentUnits markerUnits markerWidth markerHeight refX refY orient filterUnits
    primitiveUnits in in2 result mode operator k1 k2 k3 k4 stdDeviation dx dy values type
    tableValues slope intercept amplitude exponent radius startOffset method spacing textLength
    lengthAdjust rotate fill fill-opacity fill-rule stroke stroke-width stroke-opacity
    stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset opacity
    color display visibility overflow clip clip-path clip-rule mask filter stop-color stop-opacity
    flood-color flood-opacity lighting-color color-interpolation color-interpolation-filters
    font-family font-size font-style font-weight font-variant font-stretch letter-spacing
    word-spacing text-anchor text-decoration dominant-baseline alignment-baseline baseline-shift
    writing-mode direction unicode-bidi shape-rendering text-rendering image-rendering
    vector-effect paint-order mix-blend-mode isolation marker-start marker-mid marker-end
    enable-background media space role focusable tabindex
  `
    .trim()
    .split(/\s+/)
    .map((name) => name.toLowerCase()),
)

/** Undoes CSS escapes (`\72` or `\r` → r) so `u\72l(` is judged as `url(`. */
function decodeCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_, hex: string) => {
      const code = parseInt(hex, 16)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
    })
    .replace(/\\(.)/g, '$1')
}

/** Why a piece of CSS (a style attribute or a <style> element) cannot be accepted. */
function cssProblem(raw: string): SvgProblem | null {
  const css = decodeCss(raw)
  if (/@import/i.test(css)) return { code: 'cssImport' }
  if (/url\s*\(\s*(?!["']?\s*#)/i.test(css)) return { code: 'cssUrl' }
  if (/image-set\s*\(|expression\s*\(|javascript:|-moz-binding|behavior\s*:/i.test(css))
    return { code: 'cssActive' }
  return null
}

const isElement = (node: Node): node is Element => node.nodeType === 1

function elementProblem(element: Element): SvgProblem | null {
  const prefix = element.prefix ?? ''
  if (prefix && editorNamespaces.test(prefix)) return null
  if (element.namespaceURI && element.namespaceURI !== svgNamespace)
    return { code: 'foreignVocabulary', detail: `<${element.tagName}>` }
  const name = (element.localName ?? element.tagName).toLowerCase()
  if (name === 'script') return { code: 'script' }
  if (name === 'foreignobject') return { code: 'foreignObject' }
  if (['iframe', 'embed', 'object', 'audio', 'video', 'handler', 'listener'].includes(name))
    return { code: 'embedded' }
  if (!allowedElements.has(name)) return { code: 'unneededElement', detail: `<${element.tagName}>` }
  for (const attribute of Array.from(element.attributes)) {
    const attributeName = (attribute.localName ?? attribute.name).toLowerCase()
    const attributePrefix = attribute.prefix ?? ''
    if (attributeName.startsWith('on')) return { code: 'eventHandler' }
    if (attribute.name === 'xmlns' || attributePrefix === 'xmlns') continue
    if (/javascript:|vbscript:|data:text\/html/i.test(attribute.value.replace(/\s+/g, '')))
      return { code: 'scriptUrl' }
    if (attributeName === 'href') {
      if (!/^\s*#/.test(attribute.value)) return { code: 'externalLink' }
      continue
    }
    if (attributePrefix && attributePrefix !== 'xml' && editorNamespaces.test(attributePrefix))
      continue
    if (
      !allowedAttributes.has(attributeName) &&
      !attributeName.startsWith('data-') &&
      !attributeName.startsWith('aria-')
    )
      return { code: 'unneededAttribute', detail: attribute.name }
    const css = cssProblem(attributeName === 'style' ? attribute.value : `x:${attribute.value}`)
    if (css) return css
  }
  if (name === 'style') {
    const css = cssProblem(element.textContent ?? '')
    if (css) return css
  }
  return null
}

/**
 * Why an SVG cannot be accepted, or null when it is a plain drawing. It is parsed as XML (entity
 * and character references decoded by the parser, CSS escapes by us) and every element and
 * attribute is checked against an allowlist, so spelling a URL differently does not get it in.
 */
export function svgProblem(svg: string): SvgProblem | null {
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) return { code: 'doctype' }
  // Said plainly first: the parser would refuse some of these files for another reason.
  if (/javascript:|vbscript:|data:text\/html/i.test(svg)) return { code: 'scriptUrl' }
  let fatal: string | null = null
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') fatal ??= message
    },
  }).parseFromString(svg, 'image/svg+xml')
  if (fatal) return { code: 'notXml', detail: String(fatal).split('\n')[0] }
  const root = document.documentElement
  if (!root || root.localName !== 'svg') return { code: 'noSvgRoot' }
  // A script in the SVG vocabulary runs wherever it stands, so every node is walked, the
  // document's own children (an <?xml-stylesheet?> among them) included.
  const pending: Node[] = Array.from(document.childNodes)
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.nodeType === 7 && node.nodeName.toLowerCase() !== 'xml')
      return { code: 'processingInstruction' }
    if (!isElement(node)) continue
    const problem = elementProblem(node)
    if (problem) return problem
    pending.push(...Array.from(node.childNodes))
  }
  return null
}
