// Child processes for the orchestration script. Servers run in their own process group so that
// stopping one stops next-server too (killing `next start` alone leaves it running).
import { spawn } from 'node:child_process'
import net from 'node:net'

const servers = new Map()

/** Runs a command to completion, streaming its output; `capture` also returns the output. */
export function run(command, args, { cwd, env, allowFailure = false, capture = false }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const chunks = []
    const forward = (stream) => (chunk) => {
      if (capture) chunks.push(chunk)
      stream.write(chunk)
    }
    child.stdout.on('data', forward(process.stdout))
    child.stderr.on('data', forward(process.stderr))
    child.on('error', reject)
    child.on('close', (code, signal) => {
      const output = Buffer.concat(chunks).toString('utf8')
      const exit = code ?? (signal ? 1 : 0)
      if (exit !== 0 && !allowFailure) {
        reject(new Error(`${[command, ...args].join(' ')} (in ${cwd}) exited with ${code ?? signal}`))
      } else resolve({ code: exit, output })
    })
  })
}

export function startServer(name, command, args, { cwd, env }) {
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const prefix = (stream) => (chunk) => {
    for (const line of String(chunk).split('\n')) if (line.trim()) stream.write(`[${name}] ${line}\n`)
  }
  child.stdout.on('data', prefix(process.stdout))
  child.stderr.on('data', prefix(process.stderr))
  child.on('exit', (code, signal) => {
    if (servers.has(name)) {
      servers.delete(name)
      console.error(`[versus] ${name} server exited (${code ?? signal})`)
    }
  })
  servers.set(name, child)
  return child
}

/** The process id (and process group) of a running server started with startServer, or null. */
export function serverPid(name) {
  return servers.get(name)?.pid ?? null
}

export async function stopAll() {
  const children = [...servers.values()]
  servers.clear()
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve()
          const timer = setTimeout(() => {
            try {
              process.kill(-child.pid, 'SIGKILL')
            } catch {
              // already gone
            }
            resolve()
          }, 5000)
          child.once('exit', () => {
            clearTimeout(timer)
            resolve()
          })
          try {
            process.kill(-child.pid, 'SIGTERM')
          } catch {
            clearTimeout(timer)
            resolve()
          }
        }),
    ),
  )
}

export async function waitForHttp(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (response.status < 500) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = error instanceof Error ? error.message : String(error)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s (${last})`)
}

export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', () =>
      reject(new Error(`Port ${port} is in use: stop what runs there, or choose other ports (CMS_PORT, WEB_PORT).`)),
    )
    server.listen(port, () => server.close(() => resolve()))
  })
}
