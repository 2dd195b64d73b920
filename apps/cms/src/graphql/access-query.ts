import type { GraphQLFieldConfig } from 'graphql'

type Resolver = NonNullable<GraphQLFieldConfig<unknown, unknown>['resolve']>

/**
 * Payload's `Access` query with `canAccessAdmin` always answered. Payload drops the field from its
 * permissions when it is false (sanitizePermissions), and the schema declares it non-null, so an
 * anonymous `{ Access { canAccessAdmin } }` failed with "Something went wrong" and a 500.
 * Registered through `graphQL.queries` (config.ts), which Payload merges over its own queries.
 */
export function accessQuery(payloadQueries: Record<string, GraphQLFieldConfig<unknown, unknown>>) {
  const access = payloadQueries.Access
  if (!access?.resolve) return {}
  const resolve: Resolver = access.resolve
  return {
    Access: {
      ...access,
      resolve: async (...args: Parameters<Resolver>) => {
        const result = (await resolve(...args)) as Record<string, unknown> | null
        return { ...result, canAccessAdmin: result?.canAccessAdmin === true }
      },
    },
  }
}
