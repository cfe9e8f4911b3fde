import type { Localized } from '@talentregion/shared/locales'

import type { Scene } from '../images'

export interface ToolkitSeed {
  slug: string
  visibility: 'public' | 'partners'
  name: Localized<string>
  description: Localized<string>
  colours: {
    name: Localized<string>
    hex: string
    cmyk?: string
    pantone?: string
    role: 'primary' | 'accent' | 'background' | 'text'
  }[]
  typography: {
    family: string
    usage: 'heading' | 'body'
    weights: string
    fallback: string
    licenceNote: Localized<string>
    /** A web-font file from an installed package, uploaded as the typeface's font file. */
    fontFile: string
  }[]
  logoText: string
  bank: { scene: Scene; seed: number; alt: Localized<string> }[]
  guidelines: Localized<string[]>
  template: { title: Localized<string>; text: string }
}

export const toolkits: ToolkitSeed[] = [
  {
    slug: 'innlandet-talenter',
    visibility: 'public',
    name: {
      nb: 'Innlandet – 10 000 talenter',
      sv: 'Innlandet – 10 000 talanger',
      en: 'Innlandet — 10,000 talents',
    },
    description: {
      nb: 'Den felles grafiske profilen for kampanjen som skal tiltrekke 10 000 talenter til Innlandet innen 2030.',
      sv: 'Den gemensamma grafiska profilen för kampanjen som ska locka 10 000 talanger till Innlandet till 2030.',
      en: 'The shared graphic profile for the campaign to attract 10,000 talents to Innlandet by 2030.',
    },
    colours: [
      {
        name: { nb: 'Skoggrønn', sv: 'Skogsgrön', en: 'Forest green' },
        hex: '#0B5D4B',
        cmyk: '88,30,72,18',
        pantone: '3298 C',
        role: 'primary',
      },
      {
        name: { nb: 'Mjøsblå', sv: 'Mjösablå', en: 'Lake blue' },
        hex: '#1F4E79',
        cmyk: '94,66,22,8',
        pantone: '7692 C',
        role: 'accent',
      },
      {
        name: { nb: 'Morgensol', sv: 'Morgonsol', en: 'Morning sun' },
        hex: '#F2B441',
        cmyk: '0,30,85,0',
        pantone: '7408 C',
        role: 'accent',
      },
      {
        name: { nb: 'Snø', sv: 'Snö', en: 'Snow' },
        hex: '#F7F5F0',
        cmyk: '2,2,5,0',
        role: 'background',
      },
      {
        name: { nb: 'Natt', sv: 'Natt', en: 'Night' },
        hex: '#1B1F23',
        cmyk: '75,65,58,78',
        role: 'text',
      },
    ],
    typography: [
      {
        family: 'Source Serif 4',
        fontFile:
          '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
        usage: 'heading',
        weights: '600, 700',
        fallback: 'Georgia, serif',
        licenceNote: {
          nb: 'SIL Open Font License: fri bruk, også kommersielt.',
          sv: 'SIL Open Font License: fri användning, även kommersiellt.',
          en: 'SIL Open Font License: free to use, including commercially.',
        },
      },
      {
        family: 'Source Sans 3',
        fontFile: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
        usage: 'body',
        weights: '400, 600',
        fallback: 'Arial, sans-serif',
        licenceNote: {
          nb: 'SIL Open Font License: fri bruk, også kommersielt.',
          sv: 'SIL Open Font License: fri användning, även kommersiellt.',
          en: 'SIL Open Font License: free to use, including commercially.',
        },
      },
    ],
    // No words of one language: the same logo serves the Norwegian, Swedish and English pages.
    logoText: 'Innlandet 10 000',
    bank: [
      {
        scene: 'lake',
        seed: 101,
        alt: {
          nb: 'Mjøsa en sommerkveld',
          sv: 'Mjøsa en sommarkväll',
          en: 'Lake Mjøsa on a summer evening',
        },
      },
      {
        scene: 'winter',
        seed: 102,
        alt: {
          nb: 'Skiløype i granskog',
          sv: 'Skidspår i granskog',
          en: 'Ski trail through spruce forest',
        },
      },
      {
        scene: 'industry',
        seed: 103,
        alt: { nb: 'Industri på Raufoss', sv: 'Industri i Raufoss', en: 'Industry at Raufoss' },
      },
    ],
    guidelines: {
      nb: [
        'Bruk skoggrønn som hovedfarge og la bildene få plass. Logoen skal ha luft rundt seg tilsvarende høyden på «1»-tallet.',
        'Skriv konkret: tall, yrker og steder slår adjektiver. Vis ekte mennesker i ekte jobber.',
      ],
      sv: [
        'Använd skogsgrönt som huvudfärg och ge bilderna utrymme. Logotypen ska ha fritt utrymme runt sig som motsvarar höjden på ettan.',
        'Skriv konkret: siffror, yrken och platser slår adjektiv. Visa riktiga människor i riktiga jobb.',
      ],
      en: [
        'Use forest green as the main colour and give the photographs room. Keep clear space around the logo equal to the height of the “1”.',
        'Write concretely: numbers, jobs and places beat adjectives. Show real people in real jobs.',
      ],
    },
    template: {
      title: {
        nb: 'Mal for stillingsannonse',
        sv: 'Mall för platsannons',
        en: 'Job advert template',
      },
      text: '10 000 talenter - stillingsannonse',
    },
  },
  {
    slug: 'in-dalarna-partner',
    visibility: 'partners',
    name: {
      nb: 'In Dalarna – partnerpakke',
      sv: 'In Dalarna – partnerpaket',
      en: 'In Dalarna — partner kit',
    },
    description: {
      nb: 'Maler og bilder for partnerbedrifter i In Dalarna. Bare for innloggede partnere.',
      sv: 'Mallar och bilder för partnerföretag i In Dalarna. Endast för inloggade partner.',
      en: 'Templates and images for In Dalarna partner companies. For logged-in partners only.',
    },
    colours: [
      {
        name: { nb: 'Falurød', sv: 'Falu rödfärg', en: 'Falu red' },
        hex: '#8E2A1F',
        cmyk: '20,90,95,30',
        pantone: '7610 C',
        role: 'primary',
      },
      {
        name: { nb: 'Dalablå', sv: 'Dalablå', en: 'Dala blue' },
        hex: '#1D3C6E',
        cmyk: '100,75,20,15',
        role: 'accent',
      },
      {
        name: { nb: 'Kalk', sv: 'Kalk', en: 'Lime white' },
        hex: '#FAF7F2',
        cmyk: '1,2,5,0',
        role: 'background',
      },
      {
        name: { nb: 'Grafitt', sv: 'Grafit', en: 'Graphite' },
        hex: '#222222',
        cmyk: '0,0,0,95',
        role: 'text',
      },
    ],
    typography: [
      {
        family: 'Source Sans 3',
        fontFile: '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
        usage: 'body',
        weights: '400, 700',
        fallback: 'Arial, sans-serif',
        licenceNote: {
          nb: 'SIL Open Font License.',
          sv: 'SIL Open Font License.',
          en: 'SIL Open Font License.',
        },
      },
    ],
    logoText: 'In Dalarna',
    bank: [
      {
        scene: 'town',
        seed: 201,
        alt: { nb: 'Falun i skumringen', sv: 'Falun i skymningen', en: 'Falun at dusk' },
      },
      {
        scene: 'forest',
        seed: 202,
        alt: { nb: 'Skog i Dalarna', sv: 'Skog i Dalarna', en: 'Forest in Dalarna' },
      },
    ],
    guidelines: {
      nb: ['Bruk Falurød på knapper og overskrifter, og Dalablå bare som aksent.'],
      sv: ['Använd Falu rödfärg på knappar och rubriker och dalablått endast som accent.'],
      en: ['Use Falu red for buttons and headings, and Dala blue only as an accent.'],
    },
    template: {
      title: { nb: 'Rollup-mal', sv: 'Rollup-mall', en: 'Roll-up template' },
      text: 'In Dalarna - roll-up',
    },
  },
]
