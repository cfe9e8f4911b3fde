import { publicUrlProblem } from '@talentregion/shared/publicUrl'
import { expect, test } from 'vitest'

test.each([
  ['http://127.0.0.1:4321/q/ABC234', 'private-address'],
  ['https://10.0.0.5/q/ABC234', 'private-address'],
  ['https://172.20.1.1/q/ABC234', 'private-address'],
  ['https://192.168.1.20/q/ABC234', 'private-address'],
  ['https://169.254.0.1/', 'private-address'],
  ['https://100.64.0.1/', 'private-address'],
  ['http://[::1]:4321/', 'private-address'],
  ['https://[fd12::1]/', 'private-address'],
  ['https://[fe80::1]/', 'private-address'],
  ['https://[::ffff:192.168.0.1]/', 'private-address'],
  ['http://localhost:4321/q/ABC234', 'local-host'],
  ['https://cms/q/ABC234', 'local-host'],
  ['https://kiosk.local/q/ABC234', 'local-host'],
  ['https://site.internal/', 'local-host'],
  ['http://innlandet.no/q/ABC234', 'not-https'],
  ['not a url', 'not-a-url'],
])('%s cannot be scanned by the public: %s', (url, problem) => {
  expect(publicUrlProblem(url)).toBe(problem)
})

test.each(['https://innlandet.no/q/ABC234', 'https://www.dalarna.se/q/ABC234', 'https://8.8.8.8/'])(
  '%s is fine to print',
  (url) => {
    expect(publicUrlProblem(url)).toBeNull()
  },
)
