/** Employer size bands by number of employees, as Nordic statistics offices group them. */
export const employerSizes = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const

export type EmployerSize = (typeof employerSizes)[number]
