import type { RegisteredSkill } from '../../skills/SkillRegistry';

/**
 * The Adaptive Card template (version 1.5, `adaptivecards-templating` syntax) Copilot renders a skill's
 * `SkillApiResponse` with (the plugin manifest's `response_semantics.static_template`, data path `$`):
 * the sensitivity label when the response carries one (`Sensitivity: <label>`), the skill's title, the result `text` (one TextBlock per non-empty line, since cards carry no control
 * characters), an "AI-generated" line when `aiGenerated`, the numbered sources as links (`$data: ${citations}`,
 * hidden when there are none) and, when the response carries a confirmation, its summary with a note that
 * nothing happened yet. Binds only fields of `SkillApiResponse`, which `toSkillApiResponse` has made inert
 * (Copilot renders TextBlock markdown: no link or image can come from a document's text or title).
 */
export function responseCardTemplate(skill: Pick<RegisteredSkill, 'title'>): object {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      {
        type: 'TextBlock',
        $when: '${exists(sensitivityLabel)}',
        text: "${concat('Sensitivity: ', sensitivityLabel)}",
        weight: 'Bolder',
        size: 'Small',
        wrap: true,
      },
      { type: 'TextBlock', text: skill.title, weight: 'Bolder', size: 'Medium', wrap: true },
      {
        type: 'TextBlock',
        $data: "${where(split(text, '\\n'), line, trim(line) != '')}",
        text: '${$data}',
        wrap: true,
      },
      {
        type: 'TextBlock',
        $when: '${aiGenerated}',
        text: 'AI-generated: check the sources before relying on it.',
        isSubtle: true,
        size: 'Small',
        wrap: true,
      },
      {
        type: 'Container',
        $when: '${exists(confirmation)}',
        style: 'emphasis',
        items: [
          { type: 'TextBlock', text: '${confirmation.summary}', weight: 'Bolder', wrap: true },
          {
            type: 'TextBlock',
            text: 'Nothing has happened yet: confirm to go ahead.',
            isSubtle: true,
            wrap: true,
          },
        ],
      },
      {
        type: 'TextBlock',
        $when: '${count(citations) > 0}',
        text: 'Sources',
        weight: 'Bolder',
        separator: true,
        wrap: true,
      },
      {
        type: 'TextBlock',
        $data: '${citations}',
        text: "${if(url == '', concat('[', n, '] ', title), concat('[', n, '] [', title, '](', url, ')'))}",
        wrap: true,
        spacing: 'Small',
      },
    ],
  };
}
