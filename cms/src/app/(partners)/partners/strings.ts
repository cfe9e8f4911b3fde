export type PortalLanguage = 'nb' | 'sv' | 'en'

export const portalLanguages: PortalLanguage[] = ['nb', 'sv', 'en']

/** The portal's own words; content comes from the toolkits in the same language. */
export const portalStrings: Record<
  PortalLanguage,
  Record<
    | 'title'
    | 'intro'
    | 'partnersOnly'
    | 'public'
    | 'colours'
    | 'typography'
    | 'logos'
    | 'images'
    | 'templates'
    | 'guidelines'
    | 'download'
    | 'admin'
    | 'none'
    | 'credit',
    string
  >
> = {
  nb: {
    title: 'Verktøykasser for partnere',
    intro:
      'Her finner du kampanjens grafiske profil og materiell, også det som bare deles med partnere. Nedlastinger telles per bedrift, ikke per person.',
    partnersOnly: 'Bare for partnere',
    public: 'Offentlig',
    colours: 'Farger',
    typography: 'Typografi',
    logos: 'Logoer',
    images: 'Bildebank',
    templates: 'Maler',
    guidelines: 'Retningslinjer',
    download: 'Last ned',
    admin: 'Til CMS-et',
    none: 'Ingen verktøykasser er publisert ennå.',
    credit: 'Foto',
  },
  sv: {
    title: 'Verktygslådor för partner',
    intro:
      'Här hittar du kampanjens grafiska profil och material, även det som bara delas med partner. Nedladdningar räknas per företag, inte per person.',
    partnersOnly: 'Endast för partner',
    public: 'Offentlig',
    colours: 'Färger',
    typography: 'Typografi',
    logos: 'Logotyper',
    images: 'Bildbank',
    templates: 'Mallar',
    guidelines: 'Riktlinjer',
    download: 'Ladda ner',
    admin: 'Till CMS:et',
    none: 'Inga verktygslådor är publicerade ännu.',
    credit: 'Foto',
  },
  en: {
    title: 'Toolkits for partners',
    intro:
      "The campaign's graphic profile and material, including what is shared with partners only. Downloads are counted per company, not per person.",
    partnersOnly: 'Partners only',
    public: 'Public',
    colours: 'Colours',
    typography: 'Typography',
    logos: 'Logos',
    images: 'Image bank',
    templates: 'Templates',
    guidelines: 'Guidelines',
    download: 'Download',
    admin: 'To the CMS',
    none: 'No toolkits are published yet.',
    credit: 'Photo',
  },
}
