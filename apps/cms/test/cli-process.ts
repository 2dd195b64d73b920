/**
 * Runs the repository's own commands (`node scripts/versus.mjs seed | import
 * FILE | export FILE`) as separate processes on a throwaway DATA_DIR, and can
 * kill one with SIGKILL part-way: once a line of its output matched, and
 * optionally once its SQLite write transaction is open (the rollback journal
 * `versus.db-journal` exists), plus a delay.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export interface KillPoint {
  /** Arm once the output has a line matching this (from the start when left out). */
  after?: RegExp
  /**
   * Then wait until a write transaction has written (the journal file exists).
   * Arm only after a line the process prints once it has opened the database:
   * until then a journal may be one an earlier kill left behind.
   */
  inTransaction?: boolean
  delayMs?: number
}

export interface CliRun {
  code: number | null
  signal: NodeJS.Signals | null
  output: string
  /** Whether the journal was still on disk after the process died: it was killed inside a transaction. */
  hotJournal: boolean
}

export function journalOf(dataDir: string): string {
  return path.join(dataDir, 'versus.db-journal')
}

/**
 * `node scripts/versus.mjs ...args` with DATA_DIR and SITE_URL set; no
 * DATABASE_URI, so it uses DATA_DIR's SQLite file. Killed with its whole
 * process group (npm, tsx and node beneath it) at `kill`.
 */
export function runVersus(
  args: string[],
  options: { dataDir: string; siteURL: string; kill?: KillPoint; timeoutMs?: number },
): Promise<CliRun> {
  const { dataDir, siteURL, kill, timeoutMs = 120_000 } = options
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SITE_URL: siteURL, NO_COLOR: '1' }
  delete env.DATABASE_URI
  const journal = journalOf(dataDir)
  const child = spawn(process.execPath, [path.join(repoRoot, 'scripts/versus.mjs'), ...args], {
    cwd: repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const pid = child.pid
  if (pid === undefined) throw new Error('could not start scripts/versus.mjs')
  const killGroup = () => {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }

  let output = ''
  let awaiting = kill?.after
  let armed = kill !== undefined && awaiting === undefined
  const timers: NodeJS.Timeout[] = []
  const watch = setInterval(() => {
    // Polled, not awaited with a fixed sleep: the kill lands the moment the condition holds.
    const inTransaction = fs.existsSync(journal)
    if (!armed || !kill) return
    if (kill.inTransaction && !inTransaction) return
    armed = false
    // Without a delay, at once: a short transaction may be over by the next turn of the event loop.
    if (kill.delayMs) timers.push(setTimeout(killGroup, kill.delayMs))
    else killGroup()
  }, 2)
  const onOutput = (chunk: Buffer) => {
    output += chunk.toString('utf8')
    if (awaiting?.test(output)) {
      awaiting = undefined
      if (kill && !kill.inTransaction && !kill.delayMs) killGroup()
      else armed = true
    }
  }
  child.stdout.on('data', onOutput)
  child.stderr.on('data', onOutput)

  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => {
      killGroup()
      reject(new Error(`versus ${args.join(' ')} did not finish within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearInterval(watch)
      clearTimeout(deadline)
      for (const timer of timers) clearTimeout(timer)
      // The group's other processes die with the same signal; make sure none outlives the test.
      if (signal) killGroup()
      resolve({
        code,
        signal,
        output,
        hotJournal: fs.existsSync(journal),
      })
    })
  })
}

/** A stand-in for the public site: answers every refresh call, so an import's CLI does not wait for one. */
export async function fakeSite(): Promise<{ url: string; refreshed: string[][]; close(): Promise<void> }> {
  const refreshed: string[][] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    req.on('end', () => {
      if (req.url === '/api/revalidate') refreshed.push((JSON.parse(body || '{}') as { tags?: string[] }).tags ?? [])
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    refreshed,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
