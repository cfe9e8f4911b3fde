/** Partners log in for their toolkits only; the editorial collections stay out of their menu. */
export const hiddenFromPartners = ({ user }: { user: unknown }): boolean =>
  (user as { role?: string } | null)?.role === 'partner'
