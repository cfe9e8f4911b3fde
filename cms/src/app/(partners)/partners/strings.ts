import { locales, type Locale } from '@talentregion/shared/locales'

/** The portal speaks the site's languages. */
export type PortalLanguage = Locale

export const portalLanguages = locales

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
    | 'signInTitle'
    | 'signInIntro'
    | 'email'
    | 'password'
    | 'signIn'
    | 'signingIn'
    | 'forgot'
    | 'signInFailed'
    | 'signOut'
    | 'none'
    | 'credit',
    string
  >
> = {
  nb: {
    signOut: 'Logg ut',
    signInTitle: 'Logg inn som partner',
    signInIntro:
      'Her henter partnerbedrifter kampanjens logoer, farger, skrifter og bilder. Bruk e-postadressen du ble invitert med.',
    email: 'E-postadresse',
    password: 'Passord',
    signIn: 'Logg inn',
    signingIn: 'Logger inn …',
    forgot: 'Glemt passordet?',
    signInFailed: 'Innloggingen virket ikke. Sjekk e-postadressen og passordet.',
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
    none: 'Ingen verktøykasser er publisert ennå.',
    credit: 'Foto',
  },
  sv: {
    signOut: 'Logga ut',
    signInTitle: 'Logga in som partner',
    signInIntro:
      'Här hämtar partnerföretag kampanjens logotyper, färger, typsnitt och bilder. Använd e-postadressen du blev inbjuden med.',
    email: 'E-postadress',
    password: 'Lösenord',
    signIn: 'Logga in',
    signingIn: 'Loggar in …',
    forgot: 'Glömt lösenordet?',
    signInFailed: 'Inloggningen fungerade inte. Kontrollera e-postadressen och lösenordet.',
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
    none: 'Inga verktygslådor är publicerade ännu.',
    credit: 'Foto',
  },
  en: {
    signOut: 'Sign out',
    signInTitle: 'Sign in as a partner',
    signInIntro:
      "This is where partner companies get the campaign's logos, colours, typefaces and images. Use the e-mail address you were invited with.",
    email: 'E-mail address',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    forgot: 'Forgot your password?',
    signInFailed: 'That did not work. Check the e-mail address and the password.',
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
    none: 'No toolkits are published yet.',
    credit: 'Photo',
  },
}
