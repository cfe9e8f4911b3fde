import type { CampaignAction } from '@talentregion/shared/campaignActions'
import type { Industry } from '@talentregion/shared/industries'
import type { Localized, Locale } from '@talentregion/shared/locales'
import type { PlacementMedium } from '@talentregion/shared/placementMedia'

import type { Scene } from '../images'

/** A landing page's content in one language; teasers pick from the seeded documents. */
export interface CampaignText {
  title: string
  /** The campaign's short name in the site's menu. */
  menuLabel: string
  description: string
  hero: { heading: string; text: string }
  figures: { heading: string; items: { value: string; label: string }[] }
  storiesHeading: string
  employersHeading: string
  eventHeading: string
  cta: { heading: string; text: string; label: string; href: string }
  faq: { question: string; answer: string }[]
  form: { heading: string; intro: string }
  followUp: { heading: string; body: string[] }
}

export interface CampaignSeed {
  key: string
  defaultLocale: Locale
  startsOn: string
  endsOn: string
  /** The hero button, and where the campaign's jobs are: a municipality (by name) or an industry. */
  action: { type: CampaignAction; municipality?: string; industry?: Industry }
  scene: Scene
  imageAlt: Localized<string>
  text: Localized<CampaignText>
  placements: { name: string; medium: PlacementMedium }[]
}

export const campaigns: CampaignSeed[] = [
  {
    key: 'kongsvinger-hjem',
    defaultLocale: 'nb',
    startsOn: '2026-09-01',
    endsOn: '2028-08-31',
    action: { type: 'form', municipality: 'Kongsvinger' },
    scene: 'town',
    imageAlt: {
      nb: 'Kveldslys over småbyen ved elva',
      sv: 'Kvällsljus över småstaden vid älven',
      en: 'Evening light over the small town by the river',
    },
    text: {
      nb: {
        title: 'Kom hjem til Kongsvingerregionen',
        menuLabel: 'Kom hjem',
        description:
          'Regionen har fått mange nye arbeidsplasser. Nå ser vi etter deg som er mellom 25 og 40 – og kanskje vokste opp her.',
        hero: {
          heading: 'Jobben du trodde bare fantes i Oslo, finnes her',
          text: 'En time fra hovedstaden, med plass til både karriere og hage.',
        },
        figures: {
          heading: 'Regionen i tall',
          items: [
            { value: '2 år', label: 'felles satsing mellom kommuner og næringsliv' },
            { value: '25–40', label: 'år: alderen vi særlig vil nå' },
            { value: '1 time', label: 'med tog til Oslo' },
          ],
        },
        storiesHeading: 'Noen som flyttet hjem',
        employersHeading: 'Arbeidsgivere som ansetter',
        eventHeading: 'Møt oss',
        cta: {
          heading: 'Se hvem som ansetter',
          text: 'Industri, helse, skole og teknologi – alle arbeidsgiverne på ett sted.',
          label: 'Til arbeidsgiverne',
          href: '/nb/arbeidsgivere/',
        },
        faq: [
          {
            question: 'Finnes det boliger?',
            answer:
              'Ja. Kommunene hjelper deg å finne tomt eller bolig, og prisene er langt lavere enn i Oslo.',
          },
          {
            question: 'Hva med jobb til partneren min?',
            answer:
              'Fortell oss hva partneren din jobber med i skjemaet under, så setter vi dere i kontakt med aktuelle arbeidsgivere.',
          },
          {
            question: 'Kan jeg pendle de første månedene?',
            answer: 'Mange gjør det. Toget bruker rundt en time til Oslo S.',
          },
        ],
        form: {
          heading: 'Vurderer du å flytte? Ta kontakt',
          intro: 'Legg igjen navn og e-post, så ringer eller skriver en av oss til deg.',
        },
        followUp: {
          heading: 'Takk til alle som kom hjem',
          body: ['Kampanjen er over, men jobbene og menneskene er her fortsatt.'],
        },
      },
      sv: {
        title: 'Kom hem till Kongsvingerregionen',
        menuLabel: 'Kom hem',
        description:
          'Regionen har fått många nya arbetsplatser. Nu söker vi dig som är mellan 25 och 40 – och kanske växte upp här.',
        hero: {
          heading: 'Jobbet du trodde bara fanns i Oslo finns här',
          text: 'En timme från huvudstaden, med plats för både karriär och trädgård.',
        },
        figures: {
          heading: 'Regionen i siffror',
          items: [
            { value: '2 år', label: 'gemensam satsning av kommuner och näringsliv' },
            { value: '25–40', label: 'år: åldern vi särskilt vill nå' },
            { value: '1 timme', label: 'med tåg till Oslo' },
          ],
        },
        storiesHeading: 'Några som flyttade hem',
        employersHeading: 'Arbetsgivare som anställer',
        eventHeading: 'Träffa oss',
        cta: {
          heading: 'Se vilka som anställer',
          text: 'Industri, vård, skola och teknik – alla arbetsgivare på ett ställe.',
          label: 'Till arbetsgivarna',
          href: '/sv/arbetsgivare/',
        },
        faq: [
          {
            question: 'Finns det bostäder?',
            answer:
              'Ja. Kommunerna hjälper dig att hitta tomt eller bostad, och priserna är mycket lägre än i Oslo.',
          },
          {
            question: 'Hur blir det med jobb för min partner?',
            answer:
              'Berätta i formuläret nedan vad din partner arbetar med, så sätter vi er i kontakt med arbetsgivare.',
          },
          {
            question: 'Kan jag pendla de första månaderna?',
            answer: 'Många gör det. Tåget tar ungefär en timme till Oslo S.',
          },
        ],
        form: {
          heading: 'Funderar du på att flytta? Hör av dig',
          intro: 'Lämna namn och e-post, så ringer eller skriver någon av oss till dig.',
        },
        followUp: {
          heading: 'Tack till alla som kom hem',
          body: ['Kampanjen är slut, men jobben och människorna finns kvar.'],
        },
      },
      en: {
        title: 'Come home to the Kongsvinger region',
        menuLabel: 'Come home',
        description:
          'The region has gained many new jobs. Now we are looking for you, aged 25 to 40 – perhaps you grew up here.',
        hero: {
          heading: 'The job you thought only existed in Oslo is here',
          text: 'An hour from the capital, with room for a career and a garden.',
        },
        figures: {
          heading: 'The region in numbers',
          items: [
            { value: '2 years', label: 'joint effort of municipalities and businesses' },
            { value: '25–40', label: 'the ages we most want to reach' },
            { value: '1 hour', label: 'by train to Oslo' },
          ],
        },
        storiesHeading: 'Some who moved home',
        employersHeading: 'Employers who are hiring',
        eventHeading: 'Meet us',
        cta: {
          heading: 'See who is hiring',
          text: 'Industry, health, schools and technology – every employer in one place.',
          label: 'To the employers',
          href: '/en/employers/',
        },
        faq: [
          {
            question: 'Is there housing?',
            answer:
              'Yes. The municipalities help you find a plot or a home, and prices are far lower than in Oslo.',
          },
          {
            question: 'What about a job for my partner?',
            answer:
              'Tell us in the form below what your partner does, and we will put you in touch with employers.',
          },
          {
            question: 'Can I commute for the first months?',
            answer: 'Many do. The train takes about an hour to Oslo Central.',
          },
        ],
        form: {
          heading: 'Thinking of moving? Get in touch',
          intro: 'Leave your name and email, and one of us will call or write to you.',
        },
        followUp: {
          heading: 'Thank you to everyone who came home',
          body: ['The campaign is over, but the jobs and the people are still here.'],
        },
      },
    },
    placements: [
      { name: 'Billboard, E16 at Kongsvinger', medium: 'billboard' },
      { name: 'Bus side, route Oslo–Kongsvinger', medium: 'bus' },
      { name: 'Poster, Oslo Central Station', medium: 'poster' },
    ],
  },
  {
    key: 'in-dalarna-industri',
    defaultLocale: 'sv',
    startsOn: '2026-03-01',
    endsOn: '2026-10-31',
    action: { type: 'jobs', industry: 'manufacturing' },
    scene: 'industry',
    imageAlt: {
      nb: 'Industrianlegg i vinterlys',
      sv: 'Industrianläggning i vinterljus',
      en: 'Industrial plant in winter light',
    },
    text: {
      sv: {
        title: 'In Dalarna – karriär i industrin',
        menuLabel: 'In Dalarna',
        description:
          'De närmaste fem åren anställer industrin i Dalarna 4 000–5 000 personer. En av dem kan vara du.',
        hero: {
          heading: 'Världsledande industri – och fjällen nära',
          text: '25 investeringar på över 50 miljoner kronor pågår i regionen just nu.',
        },
        figures: {
          heading: 'Dalarna i siffror',
          items: [
            { value: '4 000–5 000', label: 'anställningar i industrin på fem år' },
            { value: '25', label: 'investeringar över 50 miljoner kronor' },
          ],
        },
        storiesHeading: 'Berättelser',
        employersHeading: 'Arbetsgivare',
        eventHeading: 'Evenemang',
        cta: {
          heading: 'Hitta ditt jobb',
          text: 'Se arbetsgivarna i regionen.',
          label: 'Till arbetsgivarna',
          href: '/sv/arbetsgivare/',
        },
        faq: [
          {
            question: 'Hjälper ni min partner att hitta jobb?',
            answer: 'Ja, flyttservicen hjälper hela familjen: jobb, bostad och skola.',
          },
        ],
        form: {
          heading: 'Vill du veta mer?',
          intro: 'Lämna dina uppgifter så hör flyttservicen av sig.',
        },
        followUp: {
          heading: 'Industrin i Dalarna anställer fortfarande',
          body: [
            'Tack till alla som hörde av sig. Industrin i Dalarna fortsätter att anställa – se arbetsgivarna och läs berättelserna från dem som redan flyttat hit.',
          ],
        },
      },
      nb: {
        title: 'In Dalarna – karriere i industrien',
        menuLabel: 'In Dalarna',
        description:
          'De neste fem årene ansetter industrien i Dalarna 4 000–5 000 personer. En av dem kan være deg.',
        hero: {
          heading: 'Verdensledende industri – og fjellet like ved',
          text: '25 investeringer på over 50 millioner kroner pågår i regionen nå.',
        },
        figures: {
          heading: 'Dalarna i tall',
          items: [
            { value: '4 000–5 000', label: 'ansettelser i industrien på fem år' },
            { value: '25', label: 'investeringer over 50 millioner kroner' },
          ],
        },
        storiesHeading: 'Historier',
        employersHeading: 'Arbeidsgivere',
        eventHeading: 'Arrangementer',
        cta: {
          heading: 'Finn jobben din',
          text: 'Se arbeidsgiverne i regionen.',
          label: 'Til arbeidsgiverne',
          href: '/nb/arbeidsgivere/',
        },
        faq: [
          {
            question: 'Hjelper dere partneren min med jobb?',
            answer: 'Ja, flyttetjenesten hjelper hele familien: jobb, bolig og skole.',
          },
        ],
        form: {
          heading: 'Vil du vite mer?',
          intro: 'Legg igjen opplysningene dine, så tar flyttetjenesten kontakt.',
        },
        followUp: {
          heading: 'Industrien i Dalarna ansetter fortsatt',
          body: [
            'Takk til alle som tok kontakt. Industrien i Dalarna fortsetter å ansette – se arbeidsgiverne og les historiene fra dem som allerede har flyttet.',
          ],
        },
      },
      en: {
        title: 'In Dalarna – a career in industry',
        menuLabel: 'In Dalarna',
        description:
          'Over the next five years, industry in Dalarna will hire 4,000–5,000 people. One of them could be you.',
        hero: {
          heading: 'World-leading industry – and the mountains close by',
          text: '25 investments of over 50 million kronor are under way in the region right now.',
        },
        figures: {
          heading: 'Dalarna in numbers',
          items: [
            { value: '4,000–5,000', label: 'hires in industry in five years' },
            { value: '25', label: 'investments over 50 million kronor' },
          ],
        },
        storiesHeading: 'Stories',
        employersHeading: 'Employers',
        eventHeading: 'Events',
        cta: {
          heading: 'Find your job',
          text: 'See the employers in the region.',
          label: 'To the employers',
          href: '/en/employers/',
        },
        faq: [
          {
            question: 'Do you help my partner find a job?',
            answer: 'Yes, the relocation service helps the whole family: work, housing and school.',
          },
        ],
        form: {
          heading: 'Want to know more?',
          intro: 'Leave your details and the relocation service will be in touch.',
        },
        followUp: {
          heading: 'Industry in Dalarna is still hiring',
          body: [
            'Thank you to everyone who got in touch. Industry in Dalarna keeps hiring – see the employers and read the stories of those who have already moved.',
          ],
        },
      },
    },
    placements: [{ name: 'Billboard, road 70 at Borlänge', medium: 'billboard' }],
  },
]
