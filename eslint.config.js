import js from '@eslint/js'
import tseslint from 'typescript-eslint'

const siteInsides = {
  group: [
    '@talentregion/site/*',
    '!@talentregion/site/samplePages',
    '!@talentregion/site/searchIndex',
    '**/site/src/**',
  ],
  message: "Use the site's public exports (site/package.json) or move the code to shared/.",
}
const cms = {
  group: ['@talentregion/cms', '@talentregion/cms/*', '**/cms/src/**'],
  message: 'The site and shared/ do not depend on the CMS; put the contract in shared/.',
}
const scripts = {
  group: ['@talentregion/scripts', '@talentregion/scripts/*', '**/scripts/**'],
  message: 'Only the tests start the workspace scripts; put what both need in shared/.',
}
const site = {
  group: ['@talentregion/site', '@talentregion/site/*'],
  message: 'shared/ is the contract layer and depends on no sibling package.',
}

/** `no-restricted-imports` for the files of one package. */
const boundaries = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '.tools/**',
      'data/**',
      '**/.next/**',
      'site/dist/**',
      'site/.astro/**',
      '**/.astro/**',
      'releases/**',
      'cms/src/payload-types.ts',
      'cms/src/migrations/**',
      'cms/src/app/(payload)/**',
      'cms/next-env.d.ts',
      'scripts/bootstrap.mjs',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // A function longer than a screen does more than one thing.
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // Tests are lists of cases and seed content is data: their length is not a design smell.
    files: ['tests/**', 'scripts/seed/content/**'],
    rules: { 'max-lines-per-function': 'off' },
  },
  // Packages meet through what they export; shared/ depends on none of them. Tests may reach
  // into the package they test (by relative path), nothing else may.
  boundaries(['cms/**', 'scripts/**'], [siteInsides]),
  boundaries(['site/**'], [siteInsides, cms, scripts]),
  boundaries(['shared/**'], [siteInsides, cms, scripts, site]),
)
