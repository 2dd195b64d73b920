// Helpers for the cluster suite: raw HTTP on a socket, the CMS's REST API, process control.
import { createHash, createHmac } from 'node:crypto'
import net from 'node:net'

import { serverPid } from '../../scripts/lib/processes.mjs'

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
export const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16)

/** Writes `bytes` on a fresh connection and returns everything read until the server closes it or `ms` pass. */
export function rawExchange(port, bytes, ms = 1_500) {
  return new Promise((resolve, reject) => {
    const chunks = []
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes))
    const done = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed })
    }
    let closed = false
    const timer = setTimeout(done, ms)
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('end', () => {
      closed = true
      done()
    })
    socket.on('error', reject)
  })
}

/** GET through fetch without following redirects; the body as text. */
export async function get(url, headers = {}) {
  const response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(30_000) })
  const body = await response.text()
  return { status: response.status, headers: response.headers, body, cache: response.headers.get('x-cache') }
}

/** Stops a server started with startServer (its whole process group) and waits for it to go. */
export async function stopServer(name) {
  const pid = serverPid(name)
  if (!pid) throw new Error(`${name} is not running`)
  process.kill(-pid, 'SIGTERM')
  for (let i = 0; i < 100; i++) {
    await sleep(50)
    try {
      process.kill(-pid, 0)
    } catch {
      return
    }
  }
  process.kill(-pid, 'SIGKILL')
}

/** Polls `check` every 25 ms until it returns true; resolves with the milliseconds it took. */
export async function within(ms, check) {
  const start = Date.now()
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start
    await sleep(25)
  }
  return Infinity
}

/** A signed-in editor on the CMS's REST API (the first user, created on the fresh database). */
export async function cmsEditor(cmsUrl) {
  const user = { email: 'cluster@example.com', password: 'cluster-test-password-1' }
  const registered = await fetch(`${cmsUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  })
  if (!registered.ok && registered.status !== 403) throw new Error(`first-register answered ${registered.status}`)
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  })
  const { token } = await login.json()
  if (!token) throw new Error(`login answered ${login.status}`)
  const auth = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  return {
    async standard(slug) {
      const res = await fetch(`${cmsUrl}/api/standards?where[slug][equals]=${slug}&depth=0&draft=true`, { headers: auth })
      const doc = (await res.json()).docs?.[0]
      if (!doc) throw new Error(`no standard ${slug}`)
      return doc
    },
    async update(collection, id, data, { draft = false } = {}) {
      const res = await fetch(`${cmsUrl}/api/${collection}/${id}?depth=0${draft ? '&draft=true' : ''}`, {
        method: 'PATCH',
        headers: auth,
        body: JSON.stringify({ ...data, _status: draft ? 'draft' : 'published' }),
      })
      if (!res.ok) throw new Error(`PATCH ${collection}/${id} answered ${res.status}: ${(await res.text()).slice(0, 300)}`)
      return res.json()
    },
  }
}

/** A preview link the CMS would give an editor (apps/web/src/lib/cms/draft.ts). */
export function previewLink(path, secret) {
  const expires = Math.floor(Date.now() / 1000) + 600
  const sig = createHmac('sha256', secret).update(`versus-preview-link\n${path}\n${expires}`).digest('hex')
  return `/api/preview?${new URLSearchParams({ path, expires: String(expires), sig })}`
}
