/** Places in the two demo regions: Innlandet (Norway) and Dalarna (Sweden). */
export const municipalities = [
  { name: 'Hamar', region: 'Innlandet', country: 'NO' },
  { name: 'Lillehammer', region: 'Innlandet', country: 'NO' },
  { name: 'Gjøvik', region: 'Innlandet', country: 'NO' },
  { name: 'Vestre Toten', region: 'Innlandet', country: 'NO' },
  { name: 'Kongsvinger', region: 'Innlandet', country: 'NO' },
  { name: 'Elverum', region: 'Innlandet', country: 'NO' },
  { name: 'Falun', region: 'Dalarna', country: 'SE' },
  { name: 'Borlänge', region: 'Dalarna', country: 'SE' },
  { name: 'Ludvika', region: 'Dalarna', country: 'SE' },
] as const

export type MunicipalityName = (typeof municipalities)[number]['name']
