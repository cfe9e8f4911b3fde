import type { Access } from 'payload'

/** Public data: anyone, logged in or not, may read it. */
export const anyone: Access = () => true
