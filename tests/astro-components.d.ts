// tsc does not read .astro files; component tests import them through Astro's Vite pipeline.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js'

  const component: AstroComponentFactory
  export default component
}
