/**
 * Checks a value against the import format's JSON Schema with Ajv (every
 * error, `allErrors`) and turns Ajv's errors into lines editors can read:
 * the path in the file (`standards[3].implementationMonths.max`) and the
 * reason in words (`must be a number (got "2019")`).
 *
 * Rich text may take one of several shapes (`anyOf`): when exactly one shape
 * has the value's own type, the problems are that shape's (`body[1].list: must
 * be an array`), otherwise one line names the shapes accepted.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ErrorObject, ValidateFunction } from 'ajv'

import type { JSONSchema } from './schema'

export interface SchemaProblem {
  /** JSON path below the checked value: `standards[3].implementationMonths.max`. */
  path: string
  message: string
}

const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false })
const compiled = new WeakMap<JSONSchema, ValidateFunction>()

/** The validator of `schema`, whose `$ref`s resolve against `root`'s `$defs`; compiled once. */
function validatorOf(schema: JSONSchema, root: JSONSchema): ValidateFunction {
  let validate = compiled.get(schema)
  if (!validate) {
    const { $schema: _meta, $id: _id, ...rest } = schema
    validate = ajv.compile(schema === root ? rest : { ...rest, $defs: root.$defs })
    compiled.set(schema, validate)
  }
  return validate
}

/** Every problem of `value` against `schema` (the import format's, or a part of it with `root` holding the `$defs`). */
export function checkSchema(value: unknown, schema: JSONSchema, root: JSONSchema = schema): SchemaProblem[] {
  const validate = validatorOf(schema, root)
  if (validate(value)) return []
  return problemsOf(validate.errors ?? [], root, '')
}

type JSONType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null'

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return 'an object'
  return `${typeof value} ${String(value)}`
}

function hasType(value: unknown, type: JSONType): boolean {
  if (value === null) return type === 'null'
  if (Array.isArray(value)) return type === 'array'
  if (typeof value === 'number') return type === 'number' || (type === 'integer' && Number.isInteger(value))
  return typeof value === type
}

const withArticle = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)
const quoteAll = (values: unknown[]) => values.map((value) => JSON.stringify(value)).join(', ')

/** `/standards/3/implementationMonths` → `standards[3].implementationMonths`, below `prefix`. */
function pathOf(prefix: string, pointer: string, extra?: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
  if (extra !== undefined) segments.push(extra)
  let path = prefix
  for (const segment of segments) {
    path = /^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment
  }
  return path
}

const inside = (pointer: string, parent: string) => pointer === parent || pointer.startsWith(`${parent}/`)

function resolve(schema: JSONSchema, root: JSONSchema): JSONSchema {
  return schema.$ref ? (root.$defs?.[schema.$ref.replace('#/$defs/', '')] ?? schema) : schema
}

function problemsOf(errors: ErrorObject[], root: JSONSchema, prefix: string): SchemaProblem[] {
  // An `anyOf` that failed: Ajv also lists every branch's errors below it. Only the outermost counts.
  const anyOfs = errors.filter(
    (error) =>
      error.keyword === 'anyOf' &&
      !errors.some((other) => other !== error && other.keyword === 'anyOf' && other.instancePath !== error.instancePath && inside(error.instancePath, other.instancePath)),
  )
  const problems: SchemaProblem[] = []
  const seen = new Set<string>()
  const add = (problem: SchemaProblem) => {
    const key = `${problem.path}\n${problem.message}`
    if (!seen.has(key)) problems.push(problem)
    seen.add(key)
  }
  for (const error of errors) {
    const owner = anyOfs.find((anyOf) => inside(error.instancePath, anyOf.instancePath))
    if (owner && owner !== error) continue
    if (error.keyword === 'anyOf') {
      for (const problem of anyOfProblems(error, root, pathOf(prefix, error.instancePath))) add(problem)
      continue
    }
    add(problemOf(error, prefix))
  }
  return problems
}

function anyOfProblems(error: ErrorObject, root: JSONSchema, path: string): SchemaProblem[] {
  const alternatives = ((error.parentSchema as JSONSchema).anyOf ?? []).map((alternative) => resolve(alternative, root))
  // One alternative of the value's own type: its problems are the precise ones.
  const sameType = alternatives.filter(
    (alternative) => alternative.type !== undefined && hasType(error.data, alternative.type as JSONType),
  )
  if (sameType.length === 1 && sameType[0]) {
    const validate = validatorOf(sameType[0], root)
    if (!validate(error.data)) return problemsOf(validate.errors ?? [], root, path)
  }
  const titles = alternatives.map((alternative) => alternative.title ?? 'another shape')
  return [{ path, message: `must be ${titles.join(' or ')} (got ${describe(error.data)})` }]
}

function problemOf(error: ErrorObject, prefix: string): SchemaProblem {
  const parent = (error.parentSchema ?? {}) as JSONSchema
  const path = pathOf(prefix, error.instancePath)
  const got = `(got ${describe(error.data)})`
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return { path: pathOf(prefix, error.instancePath, String(params.missingProperty)), message: 'is required' }
    case 'additionalProperties':
      return {
        path: pathOf(prefix, error.instancePath, String(params.additionalProperty)),
        message: `unknown field (expected one of ${Object.keys(parent.properties ?? {}).join(', ')})`,
      }
    case 'type': {
      const types = (Array.isArray(error.schema) ? error.schema : [error.schema]) as string[]
      return { path, message: `must be ${types.map(withArticle).join(' or ')} ${got}` }
    }
    case 'const':
      return { path, message: `must be ${JSON.stringify(error.schema)} ${got}` }
    case 'enum':
      return { path, message: `must be one of ${quoteAll(error.schema as unknown[])} ${got}` }
    case 'minLength':
      return { path, message: error.schema === 1 ? 'must not be empty' : `must have at least ${String(error.schema)} characters` }
    case 'pattern':
      // A pattern's description says in words what it requires.
      return { path, message: `must be ${parent.description ?? `a string matching ${parent.pattern}`} ${got}` }
    case 'minItems':
    case 'maxItems': {
      const count = Array.isArray(error.data) ? error.data.length : 0
      if (parent.minItems !== undefined && parent.minItems === parent.maxItems) {
        return { path, message: `must have exactly ${parent.minItems} items (got ${count})` }
      }
      const bound = error.keyword === 'minItems' ? `at least ${parent.minItems}` : `at most ${parent.maxItems}`
      return { path, message: `must have ${bound} items (got ${count})` }
    }
    default:
      return { path, message: error.message ?? 'is invalid' }
  }
}
