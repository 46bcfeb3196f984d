/** The `operationId` of skill `name`'s operation: its snake_case name in camelCase (`ask_knowledge` -> `askKnowledge`). */
export function skillOperationId(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The `operationId` of a consequential skill's confirm operation (`file_ticket` -> `fileTicketConfirm`). */
export function confirmOperationId(name: string): string {
  return `${skillOperationId(name)}Confirm`;
}

/** Path of skill `name`'s operation, `/api/skills/<name>`; its confirm operation is that plus `/confirm`. */
export function skillPath(name: string): string {
  return `/api/skills/${name}`;
}
