import { contrastRatio, withContrast } from '@talentregion/shared/colour'
import type { GraphicProfile } from '@talentregion/shared/schemas/snapshot'

import { hostedFamilies } from './fonts'

const neutral = {
  primary: '#1F5F8B',
  accent: '#C2410C',
  background: '#FFFFFF',
  text: '#1B1F23',
}

/**
 * The site's design tokens from the graphic profile chosen in site settings. Text and link
 * colours are nudged until they reach WCAG AA (4.5:1) on the page background.
 */
export function brandTokens(profile: GraphicProfile | null): Record<string, string> {
  const pick = (role: keyof typeof neutral) =>
    profile?.colours.find((colour) => colour.role === role)?.hex ?? neutral[role]
  let background = pick('background')
  let text = pick('text')
  if (contrastRatio(text, background) < 7) {
    background = neutral.background
    text = neutral.text
  }
  const primary = withContrast(pick('primary'), background)
  const accent = withContrast(pick('accent'), background)
  const family = (usage: 'heading' | 'body', fallback: string) => {
    const type = profile?.typography.find((entry) => entry.usage === usage)
    if (!type) return fallback
    // A hosted family brings its own metric-matched fallbacks; any other falls back to its stack.
    const hosted = hostedFamilies[type.family]
    return hosted ?? [`'${type.family.replace(/'/g, '')}'`, type.fallback || fallback].join(', ')
  }
  return {
    '--colour-background': background,
    '--colour-text': text,
    '--colour-primary': primary,
    '--colour-on-primary': contrastRatio('#FFFFFF', primary) >= 4.5 ? '#FFFFFF' : '#000000',
    '--colour-accent': accent,
    '--font-body': family('body', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'),
    '--font-heading': family('heading', 'Georgia, "Times New Roman", serif'),
  }
}

/** The tokens as a stylesheet. */
export function brandStylesheet(profile: GraphicProfile | null): string {
  const declarations = Object.entries(brandTokens(profile))
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n')
  return `:root {\n${declarations}\n}\n`
}
