import type { Localized } from '@talentregion/shared/locales'
import type { EventTimeZone } from '@talentregion/shared/time-zones'

import type { Scene } from '../images'
import type { MunicipalityName } from './municipalities'

export interface EventSeed {
  scene: Scene
  startsAt: string
  endsAt: string
  timeZone: EventTimeZone
  place: { name: string; address: string; municipality: MunicipalityName }
  registrationUrl: string
  title: Localized<string>
  description: Localized<string[]>
  imageAlt: Localized<string>
}

export const events: EventSeed[] = [
  {
    scene: 'town',
    startsAt: '2027-02-06T09:00:00.000Z',
    endsAt: '2027-02-06T22:00:00.000Z',
    timeZone: 'Europe/Oslo',
    place: {
      name: 'Kongsvinger kulturhus',
      address: 'Storgata 1, 2212 Kongsvinger',
      municipality: 'Kongsvinger',
    },
    registrationUrl: 'https://reunion.example/pamelding',
    title: {
      nb: 'Den store hjemkomstdagen i Kongsvinger',
      sv: 'Den stora hemkomstdagen i Kongsvinger',
      en: 'The great homecoming day in Kongsvinger',
    },
    description: {
      nb: [
        'En hel dag for alle som har flyttet fra regionen – og alle som vurderer å flytte hit. Møt rundt 50 arbeidsgivere på stand, hør foredrag om jobbene som finnes, og bli med på fest om kvelden.',
        'Barna får sitt eget program hele dagen.',
      ],
      sv: [
        'En hel dag för alla som har flyttat från regionen – och alla som funderar på att flytta hit. Träffa ett femtiotal arbetsgivare i montrar, lyssna på föredrag om jobben som finns och häng med på fest på kvällen.',
        'Barnen har ett eget program hela dagen.',
      ],
      en: [
        'A whole day for everyone who has moved away from the region — and everyone thinking of moving here. Meet about 50 employers at their stands, hear talks about the jobs on offer and join the party in the evening.',
        'Children have their own programme all day.',
      ],
    },
    imageAlt: {
      nb: 'Sentrum av Kongsvinger en vinterkveld',
      sv: 'Kongsvingers centrum en vinterkväll',
      en: 'Central Kongsvinger on a winter evening',
    },
  },
  {
    scene: 'industry',
    startsAt: '2027-03-18T12:00:00.000Z',
    endsAt: '2027-03-18T17:00:00.000Z',
    timeZone: 'Europe/Stockholm',
    place: {
      name: 'Borlänge Science Center',
      address: 'Stationsgatan 10, 784 33 Borlänge',
      municipality: 'Borlänge',
    },
    registrationUrl: 'https://karriardag.example/anmalan',
    title: {
      nb: 'Karrieredag for industrien i Dalarna',
      sv: 'Karriärdag för industrin i Dalarna',
      en: 'Careers day for industry in Dalarna',
    },
    description: {
      nb: [
        'Industribedriftene i Dalarna skal ansette tusenvis de neste årene. Møt ingeniører, operatører og ledere, se produksjonen på nært hold og få vite hvordan medflytterservicen kan hjelpe partneren din.',
      ],
      sv: [
        'Industriföretagen i Dalarna ska anställa tusentals personer de kommande åren. Träffa ingenjörer, operatörer och chefer, se produktionen på nära håll och ta reda på hur medflyttarservicen kan hjälpa din partner.',
      ],
      en: [
        'Industrial companies in Dalarna will hire thousands of people in the coming years. Meet engineers, operators and managers, see production up close and learn how the partner relocation service can help the person moving with you.',
      ],
    },
    imageAlt: {
      nb: 'Industrianlegg i Dalarna',
      sv: 'Industrianläggning i Dalarna',
      en: 'Industrial plant in Dalarna',
    },
  },
]
