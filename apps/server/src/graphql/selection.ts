import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * The fields selected on the object(s) this field returns, e.g. `Person.givenName`, for the processing log
 * ("which fields were read"). Inline fragments are followed with their type condition; named fragments too.
 */
export function selectedFields(info: GraphQLResolveInfo, typeName: string): string[] {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, type: string) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (!sel.name.value.startsWith("__")) names.add(`${type}.${sel.name.value}`);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet, sel.typeCondition?.name.value ?? type);
      } else {
        const fragment = info.fragments[sel.name.value];
        if (fragment) visit(fragment.selectionSet, fragment.typeCondition.name.value);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, typeName);
  return [...names];
}
