/** A zod issue, as much of it as a form needs. */
export interface FieldIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** The first message for each top-level field, keyed as the form's fields are (and as the server reports them). */
export function fieldErrorsOf(issues: readonly FieldIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path[0];
    if (typeof key === 'string' && !Object.hasOwn(fields, key)) fields[key] = issue.message;
  }
  return fields;
}
