import { portalLanguages, type PortalLanguage } from './strings'

/** The language asked for in the address (?lang=sv), else the browser's first one we have. */
export function pickLanguage(query: string | undefined, acceptLanguage: string): PortalLanguage {
  if (portalLanguages.includes(query as PortalLanguage)) return query as PortalLanguage
  const wanted = acceptLanguage
    .split(',')
    .map((part) => part.trim().slice(0, 2).toLowerCase())
    .map((code) => (code === 'no' || code === 'nn' ? 'nb' : code))
  return portalLanguages.find((language) => wanted.includes(language)) ?? 'nb'
}
