import { localeLabels } from '@talentregion/shared/locales'

import { portalLanguages, type PortalLanguage } from './strings'

/** The portal's languages by their own names, the current one marked, each keeping the page. */
export function LanguageSwitch({ language }: { language: PortalLanguage }) {
  return (
    <nav className="languages" aria-label="Språk / Language">
      {portalLanguages.map((code) => (
        <a
          key={code}
          href={`?lang=${code}`}
          hrefLang={code}
          lang={code}
          aria-current={code === language ? 'true' : undefined}
        >
          {localeLabels[code]}
        </a>
      ))}
    </nav>
  )
}
