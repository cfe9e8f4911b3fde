import type { SiteSetting } from '@talentregion/cms/types'
import type { Localized } from '@talentregion/shared/locales'

/** The site's own pages a menu item can lead to (the demo has no external links). */
type NavigationTarget = Exclude<
  NonNullable<SiteSetting['navigation']>[number]['target'],
  'external'
>

export const settings = {
  navigation: [
    { target: 'stories', label: { nb: 'Historier', sv: 'Berättelser', en: 'Stories' } },
    { target: 'employers', label: { nb: 'Arbeidsgivere', sv: 'Arbetsgivare', en: 'Employers' } },
    { target: 'jobs', label: { nb: 'Stillinger', sv: 'Jobb', en: 'Jobs' } },
    { target: 'events', label: { nb: 'Arrangementer', sv: 'Evenemang', en: 'Events' } },
    { target: 'search', label: { nb: 'Søk', sv: 'Sök', en: 'Search' } },
  ] satisfies { target: NavigationTarget; label: Localized<string> }[],
  contact: {
    organisation: 'Talentregion',
    email: 'hei@talentregion.example',
    phone: '+47 400 00 000',
    address: 'Storgata 10, 2317 Hamar',
  },
  socialImageAlt: {
    nb: 'Innsjø og skogkledde åser i kveldslys',
    sv: 'Sjö och skogklädda åsar i kvällsljus',
    en: 'Lake and wooded hills in evening light',
  },
  localized: {
    nb: {
      siteName: 'Talentregion',
      tagline: 'Ekte karrierer og et godt liv i Innlandet og Dalarna',
      footerText: 'Et samarbeid mellom bedrifter, kommuner og kunnskapsmiljøer i regionen.',
      privacyStatement: [
        'Dette nettstedet setter ingen informasjonskapsler og henter ingenting fra andre nettsteder.',
        'Vi teller besøk uten å lagre IP-adresser eller annen informasjon som kan identifisere deg.',
      ],
      accessibilityStatement: [
        'Vi har som mål at nettstedet skal oppfylle WCAG 2.1 nivå AA.',
        'Finner du noe som ikke fungerer, vil vi gjerne høre fra deg.',
      ],
    },
    sv: {
      siteName: 'Talentregion',
      tagline: 'Riktiga karriärer och ett gott liv i Innlandet och Dalarna',
      footerText: 'Ett samarbete mellan företag, kommuner och kunskapsmiljöer i regionen.',
      privacyStatement: [
        'Webbplatsen sätter inga kakor och hämtar inget från andra webbplatser.',
        'Vi räknar besök utan att spara IP-adresser eller annat som kan identifiera dig.',
      ],
      accessibilityStatement: [
        'Vårt mål är att webbplatsen ska uppfylla WCAG 2.1 nivå AA.',
        'Hittar du något som inte fungerar vill vi gärna höra från dig.',
      ],
    },
    en: {
      siteName: 'Talentregion',
      tagline: 'Real careers and a good life in Innlandet and Dalarna',
      footerText: 'A partnership of companies, municipalities and universities in the region.',
      privacyStatement: [
        'This site sets no cookies and loads nothing from other websites.',
        'We count visits without storing IP addresses or anything else that could identify you.',
      ],
      accessibilityStatement: [
        'We aim for this site to meet WCAG 2.1 level AA.',
        'If you find something that does not work, we would like to hear from you.',
      ],
    },
  } satisfies Localized<Record<string, string | string[]>>,
}
