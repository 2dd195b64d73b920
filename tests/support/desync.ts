import { createHash } from 'node:crypto'
import net from 'node:net'

/**
 * Request-smuggling probes: what one client sends on its own connection must never change what
 * another client gets. Used against the site as `npm start` serves it and against the Varnish
 * topology (tests/cluster).
 */

/** Everything the server sent on one connection, read until it closes or falls silent. */
export function exchange(origin: string, bytes: string | Buffer, quietMs = 1_000): Promise<string> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) })
    const chunks: Buffer[] = []
    let timer: NodeJS.Timeout | undefined
    const finish = () => {
      clearTimeout(timer)
      socket.destroy()
      resolve(Buffer.concat(chunks).toString('latin1'))
    }
    const quiet = () => {
      clearTimeout(timer)
      timer = setTimeout(finish, quietMs)
    }
    socket.on('connect', () => {
      socket.write(bytes)
      quiet()
    })
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      quiet()
    })
    socket.on('end', finish)
    socket.on('close', finish)
    socket.on('error', (error) => (chunks.length ? finish() : reject(error)))
  })
}

/** The status lines of every response in a raw HTTP/1.1 stream, in order. */
export function statusLines(stream: string): string[] {
  return [...stream.matchAll(/(?:^|\r\n)(HTTP\/1\.[01] \d{3}[^\r\n]*)\r\n/g)].map((m) => m[1] as string)
}

export interface Snapshot {
  status: number
  type: string | null
  digest: string
}

/** What a URL answers a fresh client: status, content type, and a digest of the body. */
export async function snapshot(origin: string, path: string): Promise<Snapshot> {
  const response = await fetch(new URL(path, origin), { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' })
  const body = Buffer.from(await response.arrayBuffer())
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    digest: createHash('sha256').update(body).digest('hex'),
  }
}

/** A GET or HEAD whose declared body is itself a complete request for `smuggled`. */
export function smugglingRequest(method: 'GET' | 'HEAD', path: string, host: string, smuggled: string): string {
  const inner = `GET ${smuggled} HTTP/1.1\r\nHost: ${host}\r\nX-Smuggled: 1\r\n\r\n`
  return `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: ${Buffer.byteLength(inner)}\r\n\r\n${inner}`
}

/** Content-Length and Transfer-Encoding together: the classic CL.TE / TE.CL confusion. */
export function ambiguousLengthRequest(path: string, host: string, smuggled: string): string {
  const inner = `GET ${smuggled} HTTP/1.1\r\nHost: ${host}\r\n\r\n`
  const chunked = `0\r\n\r\n${inner}`
  return `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: ${Buffer.byteLength(chunked)}\r\nTransfer-Encoding: chunked\r\n\r\n${chunked}`
}
