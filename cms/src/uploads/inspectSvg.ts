/** Why an SVG cannot be accepted, or null when it is a plain drawing. */
export function svgProblem(svg: string): string | null {
  const checks: [RegExp, string][] = [
    [/<!DOCTYPE|<!ENTITY/i, 'a DOCTYPE or entity declaration'],
    [/<\s*script/i, 'a <script> element'],
    [/<\s*foreignObject/i, 'a <foreignObject> element'],
    [
      /<\s*(iframe|embed|object|audio|video|handler|listener)\b/i,
      'an embedded document or media element',
    ],
    [/\son[a-z]+\s*=/i, 'an event handler attribute (onload, onclick…)'],
    [/javascript:|vbscript:|data:text\/html/i, 'a script URL'],
    [/href\s*=\s*(?!["']\s*#)/i, 'a link to another file or site (only #references are allowed)'],
    [/url\(\s*(?!["']?\s*#)/i, 'a url() reference to another file or site'],
    [/@import/i, 'a CSS @import'],
  ]
  for (const [pattern, what] of checks) {
    if (pattern.test(svg)) return what
  }
  if (!/<svg[\s>]/i.test(svg)) return 'no <svg> root element'
  return null
}
