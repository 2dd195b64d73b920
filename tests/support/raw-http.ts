import http from 'node:http'

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface RawRequest {
  method?: string
  /**
   * Sent byte for byte as the request target: no normalization of `..`, `//` or percent-encoding,
   * which fetch and Playwright's request context would apply. Characters U+0080–U+00FF go out as
   * single bytes (latin1), so "\u00c0\u00ae" sends the overlong UTF-8 bytes C0 AE.
   */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
  timeoutMs?: number
}

// One connection per request: a server that answers 431 or 400 closes the socket, and a reused
// keep-alive connection would make the next case fail for the previous one's sake.
const agent = new http.Agent({ keepAlive: false })

/** One HTTP/1.1 request over a plain socket, exactly as written, to `origin` ("http://localhost:3100"). */
export function rawRequest(origin: string, request: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(origin)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: hostname,
        port,
        method: request.method ?? 'GET',
        path: request.path,
        headers: {
          ...(request.body !== undefined ? { 'content-length': String(Buffer.byteLength(request.body)) } : {}),
          ...request.headers,
        },
        // Node refuses header values it would not send itself; the server's own limit is what is tested.
        insecureHTTPParser: true,
        maxHeaderSize: 1024 * 1024,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
        res.on('error', reject)
      },
    )
    req.setTimeout(request.timeoutMs ?? 15_000, () => req.destroy(new Error(`no answer within ${request.timeoutMs ?? 15_000} ms`)))
    req.on('error', reject)
    req.end(request.body)
  })
}
