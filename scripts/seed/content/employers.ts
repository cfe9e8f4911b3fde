import type { EmployerSize } from '@talentregion/shared/employer-sizes'
import type { Industry } from '@talentregion/shared/industries'
import type { Localized } from '@talentregion/shared/locales'

import type { MunicipalityName } from './municipalities'

export interface EmployerSeed {
  name: string
  industry: Industry
  size: EmployerSize
  country: 'NO' | 'SE'
  orgNumber: string
  /** Other legal entities or workplaces whose job ads are this employer's. */
  otherOrgNumbers?: string[]
  /** English is a working language there. */
  englishAtWork?: boolean
  municipalities: MunicipalityName[]
  colour: string
  website: string
  careersUrl: string
  description: Localized<string[]>
}

// Fictional employers, modelled on the kinds of company the regions' campaigns name.
export const employers: EmployerSeed[] = [
  {
    name: 'Raufoss Presisjon',
    industry: 'manufacturing',
    size: '250-999',
    country: 'NO',
    orgNumber: '994580736',
    // Colleagues from almost 40 countries: the shop floor and the engineers speak English.
    englishAtWork: true,
    municipalities: ['Vestre Toten', 'Gjøvik'],
    colour: '#1d4e89',
    website: 'https://raufoss-presisjon.example',
    careersUrl: 'https://raufoss-presisjon.example/jobb',
    description: {
      nb: [
        'Raufoss Presisjon lager aluminiumskomponenter til biler, fly og fornybar energi, og er en del av industriklyngen NCE Manufacturing.',
        'Over 80 prosent av det vi produserer, går til eksport. Derfor jobber vi tett med forskningsmiljøene på Raufoss og i Gjøvik, og med kolleger fra nesten 40 land.',
      ],
      sv: [
        'Raufoss Presisjon tillverkar aluminiumkomponenter till bilar, flyg och förnybar energi och ingår i industriklustret NCE Manufacturing.',
        'Mer än 80 procent av produktionen går på export. Därför samarbetar vi nära med forskningsmiljöerna i Raufoss och Gjøvik, och med kollegor från nästan 40 länder.',
      ],
      en: [
        'Raufoss Presisjon makes aluminium components for cars, aircraft and renewable energy, and is part of the NCE Manufacturing cluster.',
        'More than 80 per cent of what we make is exported. That is why we work closely with the research community in Raufoss and Gjøvik — and with colleagues from almost 40 countries.',
      ],
    },
  },
  {
    name: 'Mjøsa Matverk',
    industry: 'food',
    size: '50-249',
    country: 'NO',
    orgNumber: '902157360',
    municipalities: ['Hamar'],
    colour: '#2e7d4f',
    website: 'https://mjosa-matverk.example',
    careersUrl: 'https://mjosa-matverk.example/ledige-stillinger',
    description: {
      nb: [
        'Mjøsa Matverk foredler korn, bær og grønnsaker fra gårdene rundt Mjøsa til produkter som selges i hele Norden.',
        'Vi deltar i et felles kompetanseprosjekt for matindustrien i Innlandet, der bedrifter deler erfaringer på tvers av bransjer.',
      ],
      sv: [
        'Mjøsa Matverk förädlar spannmål, bär och grönsaker från gårdarna runt Mjøsa till produkter som säljs i hela Norden.',
        'Vi deltar i ett gemensamt kompetensprojekt för livsmedelsindustrin i Innlandet, där företag delar erfarenheter över branschgränserna.',
      ],
      en: [
        'Mjøsa Matverk turns grain, berries and vegetables from the farms around Lake Mjøsa into products sold across the Nordic countries.',
        'We take part in a joint skills project for the food industry in Innlandet, where companies share what they learn across sectors.',
      ],
    },
  },
  {
    name: 'Sykehuset Innlandet Gjøvik',
    industry: 'health-care',
    size: '1000+',
    country: 'NO',
    orgNumber: '981930363',
    // The hospital's ads name its workplace in Lillehammer, a unit of its own in the register.
    otherOrgNumbers: ['974887126'],
    municipalities: ['Gjøvik', 'Lillehammer'],
    colour: '#8a1c4a',
    website: 'https://sykehus-gjovik.example',
    careersUrl: 'https://sykehus-gjovik.example/jobb',
    description: {
      nb: [
        'Et akuttsykehus med fagmiljøer i Gjøvik og Lillehammer, og behov for sykepleiere, leger og helsefagarbeidere i årene som kommer.',
        'Nyansatte får fadder, fleksible turnuser og hjelp til å finne bolig og barnehageplass.',
      ],
      sv: [
        'Ett akutsjukhus med verksamhet i Gjøvik och Lillehammer som behöver sjuksköterskor, läkare och undersköterskor de kommande åren.',
        'Nyanställda får en fadder, flexibla scheman och hjälp att hitta bostad och förskoleplats.',
      ],
      en: [
        'An acute-care hospital with teams in Gjøvik and Lillehammer that needs nurses, doctors and healthcare workers in the years ahead.',
        'New staff get a mentor, flexible rotas and help finding a home and a nursery place.',
      ],
    },
  },
  {
    name: 'Glomma Kraft',
    industry: 'energy',
    size: '50-249',
    country: 'NO',
    orgNumber: '942621299',
    municipalities: ['Elverum', 'Kongsvinger'],
    colour: '#00778b',
    website: 'https://glomma-kraft.example',
    careersUrl: 'https://glomma-kraft.example/karriere',
    description: {
      nb: [
        'Glomma Kraft driver vannkraftverk langs Glomma og bygger ut solkraft og energilagring for industrien i regionen.',
        'Vi trenger elkraftingeniører, automatikere og dataanalytikere for å nå målet om flere grønne arbeidsplasser.',
      ],
      sv: [
        'Glomma Kraft driver vattenkraftverk längs Glomma och bygger ut solkraft och energilager för regionens industri.',
        'Vi behöver elkraftsingenjörer, automationstekniker och dataanalytiker för att nå målet om fler gröna jobb.',
      ],
      en: [
        'Glomma Kraft runs hydropower plants along the Glomma river and is building solar power and energy storage for the region’s industry.',
        'We need power engineers, automation technicians and data analysts to reach the goal of more green jobs.',
      ],
    },
  },
  {
    name: 'Lillehammer Digital',
    industry: 'technology',
    size: '10-49',
    country: 'NO',
    orgNumber: '932245388',
    municipalities: ['Lillehammer'],
    colour: '#5b3fa0',
    website: 'https://lillehammer-digital.example',
    careersUrl: 'https://lillehammer-digital.example/jobs',
    description: {
      nb: [
        'Et programvareselskap som lager systemer for reiseliv, idrettsarrangementer og kommuner.',
        'Vi jobber i små team, med kontor i gangavstand fra skiløypene.',
      ],
      sv: [
        'Ett mjukvaruföretag som bygger system för besöksnäring, idrottsevenemang och kommuner.',
        'Vi arbetar i små team, med kontor på gångavstånd från skidspåren.',
      ],
      en: [
        'A software company building systems for tourism, sports events and municipalities.',
        'We work in small teams, in an office within walking distance of the ski trails.',
      ],
    },
  },
  {
    name: 'Kongsvinger Tre og Bygg',
    industry: 'forestry-wood',
    size: '50-249',
    country: 'NO',
    orgNumber: '932364050',
    municipalities: ['Kongsvinger'],
    colour: '#7a4b1e',
    website: 'https://kongsvinger-tre.example',
    careersUrl: 'https://kongsvinger-tre.example/stillinger',
    description: {
      nb: [
        'Vi bygger moderne trehus og massivtreelementer av tømmer fra skogene i Glåmdalen.',
        'Etterspørselen vokser, og vi søker både byggingeniører, tømrere og produksjonsledere.',
      ],
      sv: [
        'Vi bygger moderna trähus och massivträelement av timmer från skogarna i Glåmdalen.',
        'Efterfrågan växer och vi söker både byggnadsingenjörer, snickare och produktionsledare.',
      ],
      en: [
        'We build modern timber houses and cross-laminated timber elements from the forests of Glåmdalen.',
        'Demand is growing, and we are looking for structural engineers, carpenters and production managers.',
      ],
    },
  },
  {
    name: 'Ludvika Kraftteknik',
    industry: 'energy',
    size: '1000+',
    country: 'SE',
    orgNumber: '552951-4548',
    // A global group's engineering centre: its projects run in English.
    englishAtWork: true,
    municipalities: ['Ludvika'],
    colour: '#c0392b',
    website: 'https://ludvika-kraftteknik.example',
    careersUrl: 'https://ludvika-kraftteknik.example/karriar',
    description: {
      nb: [
        'Ludvika Kraftteknik utvikler transformatorer og høyspentutstyr som gjør det mulig å frakte fornybar strøm over lange avstander.',
        'Med store ordrebøker trenger vi ingeniører innen elkraft, materialer og programvare.',
      ],
      sv: [
        'Ludvika Kraftteknik utvecklar transformatorer och högspänningsutrustning som gör det möjligt att överföra förnybar el långa sträckor.',
        'Med stora orderböcker behöver vi ingenjörer inom elkraft, material och mjukvara.',
      ],
      en: [
        'Ludvika Kraftteknik develops transformers and high-voltage equipment that carry renewable power over long distances.',
        'With full order books, we need engineers in power systems, materials and software.',
      ],
    },
  },
  {
    name: 'Falu Gruvteknik',
    industry: 'mining-metals',
    size: '250-999',
    country: 'SE',
    orgNumber: '559527-7202',
    municipalities: ['Falun', 'Borlänge'],
    colour: '#9c6b00',
    website: 'https://falu-gruvteknik.example',
    careersUrl: 'https://falu-gruvteknik.example/jobb',
    description: {
      nb: [
        'Et teknologiselskap som utvikler utstyr for sikrere og mer energieffektiv gruvedrift og metallgjenvinning.',
        'Vi holder til i Falun, der gruvedriften har røtter over tusen år tilbake.',
      ],
      sv: [
        'Ett teknikföretag som utvecklar utrustning för säkrare och mer energieffektiv gruvdrift och metallåtervinning.',
        'Vi finns i Falun, där gruvbrytningen har rötter mer än tusen år tillbaka.',
      ],
      en: [
        'A technology company developing equipment for safer, more energy-efficient mining and metal recycling.',
        'We are based in Falun, where mining goes back more than a thousand years.',
      ],
    },
  },
  {
    name: 'Dala Logistik',
    industry: 'transport-logistics',
    size: '50-249',
    country: 'SE',
    orgNumber: '556056-0863',
    municipalities: ['Borlänge'],
    colour: '#2c3e50',
    website: 'https://dala-logistik.example',
    careersUrl: 'https://dala-logistik.example/lediga-jobb',
    description: {
      nb: [
        'Dala Logistik planlegger godstransport på jernbane og vei for industrien i Dalarna.',
        'Borlänge er et knutepunkt, og vi trenger planleggere, analytikere og trafikkledere.',
      ],
      sv: [
        'Dala Logistik planerar godstransporter på järnväg och väg åt industrin i Dalarna.',
        'Borlänge är en knutpunkt och vi behöver planerare, analytiker och trafikledare.',
      ],
      en: [
        'Dala Logistik plans rail and road freight for the industry of Dalarna.',
        'Borlänge is a hub, and we need planners, analysts and traffic controllers.',
      ],
    },
  },
]
