import { createHash } from 'node:crypto'

/** Our namespace for name-based UUIDs: a fixed value, never to change (every exported UUID would). */
export const VERSUS_UUID_NAMESPACE = '3c9a4a46-5f0e-5b7e-9d0e-6f2b8f0d7a11'

function bytesOf(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex')
}

/**
 * RFC 4122 version 5 UUID (SHA-1 of namespace + name): the same name always
 * gives the same UUID, so an export of an unchanged set is byte-identical.
 */
export function uuidV5(name: string, namespace: string = VERSUS_UUID_NAMESPACE): string {
  const hash = createHash('sha1').update(bytesOf(namespace)).update(name, 'utf8').digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
