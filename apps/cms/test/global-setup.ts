/**
 * Starts CongoDB, a MongoDB-wire-compatible server written in TypeScript, so
 * the integration suites also run on the MongoDB adapter without a real
 * mongod. It lives in its own install root (test/mongo-standin) because it
 * installs only with npm overrides; it is installed here on first use.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** `mongodb://…` of the stand-in, or '' when it could not be started. */
    mongoStandinURI: string
  }
}

const standinDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'mongo-standin')

interface CongoServer {
  start(): Promise<void>
  stop(): Promise<void>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function installStandin(): void {
  if (fs.existsSync(path.join(standinDir, 'node_modules', '@push.rocks', 'smartmongo'))) return
  console.info('Installing the MongoDB stand-in (CongoDB) into test/mongo-standin …')
  execFileSync('npm', ['install', '--prefix', standinDir, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    timeout: 300_000,
  })
}

export default async function setup(project: TestProject) {
  if (process.env.SKIP_MONGO_STANDIN === '1') {
    project.provide('mongoStandinURI', '')
    return
  }
  let server: CongoServer | undefined
  try {
    installStandin()
    const { congodb } = (await import(pathToFileURL(path.join(standinDir, 'index.mjs')).href)) as {
      congodb: { CongoServer: new (options: { port: number }) => CongoServer }
    }
    const port = await freePort()
    server = new congodb.CongoServer({ port })
    await server.start()
    // The stand-in does not speak the driver's streaming heartbeat (exhaust "hello"); when that
    // stream ends the driver clears its pool and fails in-flight operations. Polling avoids it.
    project.provide('mongoStandinURI', `mongodb://127.0.0.1:${port}/?serverMonitoringMode=poll`)
  } catch (error) {
    console.warn(`MongoDB stand-in unavailable, Mongo suites skipped: ${error instanceof Error ? error.message : error}`)
    project.provide('mongoStandinURI', '')
  }
  return async () => {
    await server?.stop()
  }
}
