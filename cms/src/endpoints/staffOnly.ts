/** The answer a staff-only endpoint gives anyone else: visitors, partners, lapsed sessions. */
export const staffOnly = () =>
  Response.json({ errors: [{ message: 'Log in as an editor.' }] }, { status: 403 })
