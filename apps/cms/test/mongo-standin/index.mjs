// Resolved from this folder so the stand-in's own node_modules is used.
export { congodb } from '@push.rocks/smartmongo'
