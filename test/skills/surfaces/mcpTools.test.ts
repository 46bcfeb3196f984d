import assert from 'node:assert/strict';
import { skillCatalog } from '../../../host/skillCatalog';
import { defaultOrganisationProfile } from '../../../knowledge/profile/defaultOrganisationProfile';
import { mcpTools, SKILL_RESULT_SCHEMA, toolInputSchema } from '../../../skills/surfaces/mcpTools';

const catalog = skillCatalog(defaultOrganisationProfile);
const skills = catalog.list();

describe('mcpTools (MCP tool definitions generated from the skill catalog)', () => {
  it('gives a confirm-tool client one tool per skill plus one confirm tool per consequential skill', () => {
    assert.deepEqual(
      mcpTools(catalog, 'confirmTool').map((tool) => `${tool.name}->${tool.skill}${tool.confirm ? '!' : ''}`),
      [
        'askKnowledge->ask_knowledge',
        'fileTicket->file_ticket',
        'fileTicketConfirm->file_ticket!',
        'ticketStatus->ticket_status',
        'myTickets->my_tickets',
        'draftReport->draft_report',
        'exportReport->export_report',
        'exportReportConfirm->export_report!',
      ],
    );
  });

  it('gives an elicitation client no confirm tool', () => {
    assert.deepEqual(
      mcpTools(catalog, 'elicitation').map((tool) => tool.name),
      ['askKnowledge', 'fileTicket', 'ticketStatus', 'myTickets', 'draftReport', 'exportReport'],
    );
  });

  for (const skill of skills) {
    it(`${skill.name}: the registry's parameter schema (no $schema), title and read-only flag`, () => {
      const tool = mcpTools(catalog, 'confirmTool').find((t) => t.skill === skill.name && !t.confirm);
      assert.ok(tool);
      const { $schema, ...expected } = skill.parametersJsonSchema;
      assert.equal(typeof $schema, 'string');
      assert.deepEqual(tool.inputSchema, expected);
      assert.deepEqual(toolInputSchema(skill), expected);
      assert.equal(tool.title, skill.title);
      assert.equal(tool.annotations.readOnlyHint, !skill.consequential);
      assert.equal(tool.annotations.destructiveHint, false);
      assert.equal(tool.outputSchema, SKILL_RESULT_SCHEMA);
    });
  }

  it('tells the model how a consequential call is confirmed, per route', () => {
    const byElicitation = mcpTools(catalog, 'elicitation').find((t) => t.name === 'fileTicket');
    const byTool = mcpTools(catalog, 'confirmTool').find((t) => t.name === 'fileTicket');
    assert.match(byElicitation?.description ?? '', /the user is asked to confirm before anything happens/);
    assert.match(
      byTool?.description ?? '',
      /call fileTicketConfirm with its token only after the user explicitly agreed/,
    );
  });

  it('takes { token, edits? } in a confirm tool, edits narrowed to the skill’s edits schema', () => {
    const confirm = mcpTools(catalog, 'confirmTool').find((t) => t.name === 'fileTicketConfirm');
    const skill = skills.find((s) => s.name === 'file_ticket');
    assert.ok(confirm && skill?.editsJsonSchema);
    assert.deepEqual(confirm.inputSchema.required, ['token']);
    assert.equal(confirm.inputSchema.additionalProperties, false);
    const edits = (confirm.inputSchema.properties as Record<string, Record<string, unknown>>).edits;
    assert.deepEqual(edits?.properties, skill.editsJsonSchema.properties);
    assert.equal(edits?.additionalProperties, false);
    assert.equal(confirm.annotations.idempotentHint, true);
    assert.equal(confirm.annotations.readOnlyHint, false);
  });

  it('describes structured results as the plugin API’s SkillApiResponse with its references inlined', () => {
    assert.equal(JSON.stringify(SKILL_RESULT_SCHEMA).includes('$ref'), false);
    assert.deepEqual(SKILL_RESULT_SCHEMA.required, ['skill', 'text', 'aiGenerated', 'citations']);
  });
});
