// How every benchmark script runs: stop the servers it started on Ctrl+C, on SIGTERM and on failure.
import { stopAll } from '../scripts/lib/processes.mjs'

/** @param {() => Promise<void>} main */
export function runBench(main) {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopAll().finally(() => process.exit(130))
    })
  }
  main()
    // Open keep-alive sockets must not hold the process once the results are written.
    .then(() => process.exit(0))
    .catch(async (error) => {
      console.error(`[bench] ${error instanceof Error ? error.stack : String(error)}`)
      await stopAll()
      process.exit(1)
    })
}
