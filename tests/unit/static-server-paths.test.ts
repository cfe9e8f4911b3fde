import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { createStaticServer, requestPath } from '../../scripts/serve/staticServer'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

let server: http.Server
let port: number
let root: string

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-static-'))
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), text)
  }
  write('nb/index.html', '<!doctype html><title>Forside</title>')
  write('404.html', '<!doctype html><title>Not found</title>')
  write('_headers', '/*\n  X-Secret-Rule: 1\n')
  write('_redirects', '/hjem /nb/ 302\n')
  write('.deploy/nginx.conf', 'server {}')
  server = createStaticServer({ root: () => root, port: 0 })
  await new Promise((resolve) => server.once('listening', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(() => {
  server.close()
  fs.rmSync(root, { recursive: true, force: true })
})

/** A GET with the path exactly as written: no client-side normalising. */
function get(rawPath: string) {
  return new Promise<{ status: number; location?: string; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath }, (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, location: response.headers.location, body }),
        )
      })
      .on('error', reject)
  })
}

describe('the static server normalises the path once, then routes', () => {
  test.each(['/%2Fnb', '//nb', '/%2F%2Fnb', '/./nb', '/x/../nb', '/%2F./nb'])(
    '%s redirects to /nb/ and never to another host',
    async (rawPath) => {
      const { status, location } = await get(rawPath)
      expect(status).toBe(301)
      expect(location).toBe('/nb/')
    },
  )

  test.each([
    '/_headers',
    '/%2F_headers',
    '/%2F%2F_headers',
    '/_redirects',
    '/%2F_redirects',
    '/.deploy/nginx.conf',
    '/%2F.deploy/nginx.conf',
    '/%2E%64eploy/nginx.conf',
    '/nb/../.deploy/nginx.conf',
  ])('%s does not serve the rule files', async (rawPath) => {
    const { status, body } = await get(rawPath)
    expect(status).toBe(404)
    expect(body).not.toMatch(/X-Secret-Rule|hjem|server \{\}/)
  })

  test.each(['/%5Cnb', '/%5C%5Cevil.example', '/nb%00.html'])(
    '%s is refused as a bad request',
    async (rawPath) => {
      const { status, location } = await get(rawPath)
      expect(status).toBe(400)
      expect(location).toBeUndefined()
    },
  )

  test('no path the normaliser lets through starts with // or /\\', () => {
    const tricky = ['//a', '/%2F%2Fa', '/..//a', '/./%2F/a', '/a/..//b', '///']
    for (const raw of tricky) expect(requestPath(raw)).toMatch(/^\/(?![/\\])/)
  })
})
