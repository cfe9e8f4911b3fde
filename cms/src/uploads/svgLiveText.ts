import { DOMParser } from '@xmldom/xmldom'

/**
 * The first words an SVG sets as live text (`<text>`), or null when every letter is drawn as
 * an outline. Live text is drawn in whatever font the viewer's machine has, so a downloaded logo
 * would change its look on a partner's computer or at the printer's.
 */
export function svgLiveText(svg: string): string | null {
  const document = new DOMParser({ onError: () => {} }).parseFromString(svg, 'image/svg+xml')
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    if (element.localName !== 'text') continue
    const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim()
    if (words) return words.length > 40 ? `${words.slice(0, 39)}…` : words
  }
  return null
}
