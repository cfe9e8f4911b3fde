import type { Access } from 'payload'

/** Written only by the server itself (local API with access overridden), never through the API. */
export const nobody: Access = () => false
