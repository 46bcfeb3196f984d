import * as Mappers from 'botframework-connector/lib/connectorApi/models/mappers';

/**
 * botframework-connector 4.23 serializes outgoing activities through its `Entity` mapper, which lists only
 * `type`, `text` and `mentioned` and drops every other field. Teams' AI label (`additionalType`) and citations
 * (`citation`, `@type`, `@context`) would never reach the client. Declaring additional properties on the mapper
 * keeps every field of an entity as sent. Idempotent; called once by the composition of the Teams app.
 */
export function preserveEntityFields(): void {
  const entity = Mappers.Entity as { type: { additionalProperties?: unknown } };
  entity.type.additionalProperties ??= { type: { name: 'Object' } };
}
