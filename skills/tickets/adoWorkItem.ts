import { compactTicket } from './compactTicket';
import {
  isTicketId,
  TICKET_KEY,
  UNKNOWN_CATEGORY,
  type Ticket,
  type TicketDraft,
  type TicketPriority,
  type TicketRequester,
  type TicketStatus,
} from './TicketSystem';

/** One operation of the JSON Patch document Azure DevOps takes to create a work item. */
export interface JsonPatchOperation {
  op: 'add';
  path: string;
  value: string | number;
}

/** The subset of an Azure DevOps `WorkItem` this backend reads. */
export interface AdoWorkItem {
  id?: unknown;
  fields?: Record<string, unknown>;
  _links?: { html?: { href?: unknown } };
}

/** The name in the description footer when no bot name is configured. */
export const DEFAULT_FILED_VIA = 'the assistant';

/** Ids and keys that go into tags and WIQL literals: letters, digits and `.`, `_`, `@`, `:`, `-`. */
const TAG_VALUE = /^[A-Za-z0-9][A-Za-z0-9._@:-]{0,199}$/;
const PRIORITY_NUMBER: Record<TicketPriority, number> = { urgent: 1, high: 2, normal: 3, low: 4 };
const PRIORITY_OF: Record<number, TicketPriority> = { 1: 'urgent', 2: 'high', 3: 'normal', 4: 'low' };
const STATUS_OF: Record<string, TicketStatus> = {
  new: 'new',
  active: 'active',
  resolved: 'resolved',
  closed: 'closed',
  done: 'closed',
  removed: 'closed',
};

/** True when `value` may be used in a tag and a WIQL literal. */
export function isTagValue(value: string): boolean {
  return TAG_VALUE.test(value);
}

export const requesterTag = (id: string): string => `requester:${id}`;
export const idempotencyTag = (key: string): string => `idem:${key}`;

/**
 * The JSON Patch document creating a ticket: title, HTML-escaped description (newlines as `<br>`), area path
 * (when set), priority 1 (urgent) .. 4 (low) and the tags `requester:<id>`, `category:<c>`, `brand:<b>`,
 * `component:<c>` (`;` and `,` replaced, ≤ 100 chars) and `idem:<key>`. The requester's display name goes
 * into the description footer ("Filed via <botName> for <name>."), not a tag.
 */
export function toPatchDocument(
  draft: TicketDraft,
  requester: TicketRequester,
  idempotencyKey: string,
  areaPath: string | undefined,
  botName: string = DEFAULT_FILED_VIA,
): JsonPatchOperation[] {
  const tags = [
    requesterTag(requester.id),
    `category:${draft.category}`,
    ...(draft.brand ? [`brand:${draft.brand}`] : []),
    ...(draft.component ? [`component:${draft.component.replace(/[;,]/g, ' ').trim().slice(0, 100)}`] : []),
    idempotencyTag(idempotencyKey),
  ];
  const footer = `Filed via ${botName.trim() || DEFAULT_FILED_VIA} for ${requester.name ?? requester.id}.`;
  const field = (name: string, value: string | number): JsonPatchOperation => ({
    op: 'add',
    path: `/fields/${name}`,
    value,
  });
  return [
    field('System.Title', draft.title),
    field('System.Description', `${textToHtml(draft.description)}<p><i>${escapeHtml(footer)}</i></p>`),
    ...(areaPath ? [field('System.AreaPath', areaPath)] : []),
    field('Microsoft.VSTS.Common.Priority', PRIORITY_NUMBER[draft.priority]),
    field('System.Tags', tags.join('; ')),
  ];
}

/**
 * Reads a work item as a ticket; `undefined` when it is not one of ours (no id, no title or no
 * `requester:` tag). `url` is `_links.html.href`, else the web URL built from `webBase` and the id.
 */
export function fromWorkItem(item: AdoWorkItem, webBase: string): Ticket | undefined {
  const fields = item.fields ?? {};
  const id = typeof item.id === 'number' ? item.id : Number(fields['System.Id']);
  const title = fields['System.Title'];
  const tags = parseTags(fields['System.Tags']);
  const requesterId = tagValue(tags, 'requester');
  if (!isTicketId(id) || typeof title !== 'string' || !requesterId) return undefined;
  // Tags are project-wide and keep the casing they were first created with.
  const category = tagValue(tags, 'category')?.toLowerCase();
  const brand = tagValue(tags, 'brand')?.toLowerCase();
  const component = tagValue(tags, 'component');
  const href = item._links?.html?.href;
  const { body, requesterName } = splitFooter(String(fields['System.Description'] ?? ''));
  const created = fields['System.CreatedDate'];
  return compactTicket({
    id,
    title,
    description: htmlToText(body),
    category: category && TICKET_KEY.test(category) ? category : UNKNOWN_CATEGORY,
    priority: PRIORITY_OF[Number(fields['Microsoft.VSTS.Common.Priority'])] ?? 'normal',
    brand: brand && TICKET_KEY.test(brand) ? brand : undefined,
    component,
    status: STATUS_OF[String(fields['System.State'] ?? '').toLowerCase()] ?? 'active',
    requesterId,
    requesterName: requesterName !== requesterId ? requesterName : undefined,
    createdAt: typeof created === 'string' ? created : new Date(0).toISOString(),
    url: typeof href === 'string' ? href : `${webBase}/_workitems/edit/${id}`,
  });
}

/** `"a; b;c"` → `['a', 'b', 'c']`. */
export function parseTags(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(';')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== '')
    : [];
}

function tagValue(tags: string[], name: string): string | undefined {
  const prefix = `${name}:`;
  const tag = tags.find((t) => t.toLowerCase().startsWith(prefix));
  return tag ? tag.slice(prefix.length) : undefined;
}

/** WIQL query for the work items of this project carrying exactly-quoted `tag`, newest first. */
export function wiqlByTag(tag: string): string {
  return `SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS ${wiqlString(tag)} ORDER BY [System.Id] DESC`;
}

/** A WIQL string literal: single quotes doubled. */
export function wiqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => escapeHtml(line))
    .join('<br>');
}

/** Whoever filed it (any bot name, so tickets filed before a rename still parse), then the requester's name. */
const FOOTER = /<p><i>Filed via [^<]* for ([^<]*)\.<\/i><\/p>\s*$/i;

/** The description without the footer `toPatchDocument` adds, and the requester name the footer names. */
function splitFooter(html: string): { body: string; requesterName?: string } {
  const match = FOOTER.exec(html);
  if (!match) return { body: html };
  return { body: html.slice(0, match.index), requesterName: htmlToText(match[1] ?? '') };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Plain text of a work item's HTML description: `<br>`, `</p>` and `</div>` become newlines, other tags are
 * dropped, entities decoded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>|<\/(?:p|div|li)>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, entity: string) => {
      if (entity.startsWith('#')) {
        const code =
          entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[entity.toLowerCase()] ?? whole;
    })
    .trim();
}
