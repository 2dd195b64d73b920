import { GraphQLError, Kind } from 'graphql'
import type { ASTVisitor, FragmentDefinitionNode, SelectionSetNode, ValidationContext, ValidationRule } from 'graphql'

/**
 * A validation rule refusing operations nested deeper than `maxDepth` fields. Payload's complexity
 * limit adds costs up but does not multiply them, and each level of `related { standard { … } } }`
 * multiplies the documents resolved: fifteen levels ran the CMS out of memory.
 */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    // Memoized per fragment, so fragments spread many times cost once; `visiting` breaks cycles,
    // which graphql's own NoFragmentCyclesRule reports.
    const fragmentDepth = new Map<string, number>()
    const visiting = new Set<string>()

    const depthOf = (selectionSet: SelectionSetNode): number => {
      let deepest = 0
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet) : 1)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet))
        } else {
          const name = selection.name.value
          const fragment = fragments.get(name)
          if (!fragment || visiting.has(name)) continue
          if (!fragmentDepth.has(name)) {
            visiting.add(name)
            fragmentDepth.set(name, depthOf(fragment.selectionSet))
            visiting.delete(name)
          }
          deepest = Math.max(deepest, fragmentDepth.get(name) ?? 0)
        }
        if (deepest > maxDepth) return deepest
      }
      return deepest
    }

    return {
      OperationDefinition(node) {
        if (depthOf(node.selectionSet) > maxDepth) {
          context.reportError(
            new GraphQLError(`The query nests fields more than ${maxDepth} levels deep.`, { nodes: [node] }),
          )
        }
      },
    }
  }
}
