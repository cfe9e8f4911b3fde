/**
 * Invented job ads for the demo employers, as the public job feeds would carry them: Norwegian
 * ads in NAV's feed, Swedish ones in JobStream. Dates are days from the day the demo is seeded,
 * so the demo always has open positions. One ad is from an employer we do not profile (it must
 * not be stored), one is closed, one is malformed (the sync skips it with the reason).
 */
export interface DemoAd {
  name: string
  feed: 'nav' | 'jobstream'
  title: string
  employerName: string
  orgNumber: string | null
  place: string
  county: string
  municipalityCode?: string
  paragraphs: string[]
  publishedDaysAgo: number
  /** Days from today, or words for a deadline without a date. */
  deadline: number | string
  extent: 'Heltid' | 'Deltid'
  /** Closed at the source after it was read. */
  closed?: boolean
}

export const demoAds: DemoAd[] = [
  {
    name: 'raufoss-cnc',
    feed: 'nav',
    title: 'CNC-operatør, skiftarbeid',
    employerName: 'Raufoss Presisjon AS',
    orgNumber: '994580736',
    place: 'Vestre Toten',
    county: 'Innlandet',
    paragraphs: [
      'Vi trenger flere operatører i maskineringshallen på Raufoss, der vi lager aluminiumsdeler til bil- og energiindustrien.',
      'Du har fagbrev som CNC-operatør eller industrimekaniker, eller erfaring som vi kan bygge videre på. Vi gir full opplæring i våre linjer.',
      'Stillingen er fast, i tredelt skift, med skifttillegg og mulighet for bedriftshytte på Sjusjøen.',
    ],
    publishedDaysAgo: 3,
    deadline: 21,
    extent: 'Heltid',
  },
  {
    name: 'raufoss-automation',
    feed: 'nav',
    title: 'Automasjonsingeniør',
    employerName: 'Raufoss Presisjon AS',
    orgNumber: '994580736',
    place: 'Gjøvik',
    county: 'Innlandet',
    paragraphs: [
      'Bli med og automatiser neste generasjon produksjonslinjer. Du jobber tett med forskningsmiljøet i Gjøvik og leverandører i hele Europa.',
      'Vi ser etter deg med master eller bachelor i automasjon, mekatronikk eller kybernetikk. Nyutdannede er velkomne.',
    ],
    publishedDaysAgo: 8,
    deadline: 'Snarest',
    extent: 'Heltid',
  },
  {
    name: 'mjosa-production',
    feed: 'nav',
    title: 'Produksjonsleder, bakeri',
    employerName: 'Mjøsa Matverk AS',
    orgNumber: '902157360',
    place: 'Hamar',
    county: 'Innlandet',
    paragraphs: [
      'Mjøsa Matverk søker en produksjonsleder som kan lede tolv dyktige bakere og operatører på dagtid.',
      'Du har erfaring fra næringsmiddelindustri og trives med å forbedre arbeidsflyt sammen med andre.',
    ],
    publishedDaysAgo: 1,
    deadline: 30,
    extent: 'Heltid',
  },
  {
    name: 'sykehuset-sykepleier',
    feed: 'nav',
    title: 'Sykepleier, medisinsk sengepost',
    employerName: 'Sykehuset Innlandet HF, Gjøvik',
    orgNumber: '981930363',
    place: 'Gjøvik',
    county: 'Innlandet',
    paragraphs: [
      'Vi har faste stillinger og vikariater ledige for sykepleiere ved medisinsk sengepost.',
      'Vi tilbyr en strukturert introduksjon, veiledning de første månedene og hjelp til å finne bolig og barnehageplass.',
    ],
    publishedDaysAgo: 5,
    deadline: 14,
    extent: 'Heltid',
  },
  {
    name: 'sykehuset-helsefagarbeider',
    feed: 'nav',
    title: 'Helsefagarbeider, deltid med mulighet for mer',
    employerName: 'Sykehuset Innlandet HF, Lillehammer',
    // The workplace's own number, which the employer lists among its other numbers.
    orgNumber: '974887126',
    place: 'Lillehammer',
    county: 'Innlandet',
    paragraphs: [
      'Vi søker helsefagarbeidere til vårt team på Lillehammer, i 60 prosent stilling med mulighet for økt stillingsbrøk.',
    ],
    publishedDaysAgo: 12,
    deadline: 9,
    extent: 'Deltid',
  },
  {
    name: 'glomma-elektriker',
    feed: 'nav',
    title: 'Elektriker til kraftstasjonene våre',
    employerName: 'Glomma Kraft AS',
    orgNumber: '942621299',
    place: 'Elverum',
    county: 'Innlandet',
    paragraphs: [
      'Glomma Kraft driver og fornyer kraftstasjoner langs Glomma. Vi trenger en elektriker med fagbrev gruppe L.',
      'Du får varierte dager ute og inne, egen servicebil og beredskapsordning etter avtale.',
    ],
    publishedDaysAgo: 2,
    deadline: 'Fortløpende',
    extent: 'Heltid',
  },
  {
    name: 'lillehammer-digital-dev',
    feed: 'nav',
    title: 'Fullstack-utvikler',
    employerName: 'Lillehammer Digital AS',
    orgNumber: '932245388',
    place: 'Lillehammer',
    county: 'Innlandet',
    paragraphs: [
      'Vi lager digitale tjenester for reiseliv, idrettsarrangementer og kommuner, og trenger en utvikler som liker både server og nettleser.',
      'Du jobber i et lite team med stor frihet, hjemmekontor to dager i uka, og løypene rett utenfor døra.',
    ],
    publishedDaysAgo: 6,
    deadline: 18,
    extent: 'Heltid',
  },
  {
    name: 'kongsvinger-tømrer',
    feed: 'nav',
    title: 'Tømrer med erfaring fra massivtre',
    employerName: 'Kongsvinger Tre og Bygg AS',
    orgNumber: '932364050',
    place: 'Kongsvinger',
    county: 'Innlandet',
    paragraphs: [
      'Vi bygger skoler, barnehager og boliger i massivtre og søker tømrere som vil være med på det grønne byggeløftet.',
    ],
    publishedDaysAgo: 4,
    deadline: 20,
    extent: 'Heltid',
    closed: true,
  },
  {
    name: 'not-ours',
    feed: 'nav',
    title: 'Butikkmedarbeider',
    employerName: 'En butikk vi ikke har profil på',
    orgNumber: '923609016',
    place: 'Hamar',
    county: 'Innlandet',
    paragraphs: [
      'Denne annonsen hører til en arbeidsgiver som ikke er på nettstedet, og skal ikke vises.',
    ],
    publishedDaysAgo: 1,
    deadline: 10,
    extent: 'Deltid',
  },
  {
    name: 'ludvika-konstruktor',
    feed: 'jobstream',
    title: 'Konstruktör, högspänningsteknik',
    employerName: 'Ludvika Kraftteknik AB',
    orgNumber: '5529514548',
    place: 'Ludvika',
    county: 'Dalarnas län',
    municipalityCode: '2084',
    paragraphs: [
      'Vi konstruerar transformatorer och ställverk som förs ut över hela världen och behöver fler konstruktörer.',
      'Du har en ingenjörsexamen inom elkraft eller maskin. Vi hjälper dig och din familj att komma till rätta i Ludvika.',
    ],
    publishedDaysAgo: 4,
    deadline: 24,
    extent: 'Heltid',
  },
  {
    name: 'falu-bergsingenjor',
    feed: 'jobstream',
    title: 'Bergsingenjör till gruvprojekt',
    employerName: 'Falu Gruvteknik AB',
    orgNumber: '5595277202',
    place: 'Falun',
    county: 'Dalarnas län',
    municipalityCode: '2080',
    paragraphs: [
      'Falu Gruvteknik söker en bergsingenjör som vill arbeta med hållbar gruvdrift och efterbehandling i Bergslagen.',
    ],
    publishedDaysAgo: 7,
    deadline: 16,
    extent: 'Heltid',
  },
  {
    name: 'dala-lagerarbetare',
    feed: 'jobstream',
    title: 'Truckförare till vårt lager i Borlänge',
    employerName: 'Dala Logistik AB',
    orgNumber: '556056-0863',
    place: 'Borlänge',
    county: 'Dalarnas län',
    municipalityCode: '2081',
    paragraphs: [
      'Vi söker truckförare med B-behörighet till dag- och kvällsskift på vårt nya lager vid E16.',
    ],
    publishedDaysAgo: 2,
    deadline: 12,
    extent: 'Deltid',
  },
]
