import type { Json } from './jsonPath';

/**
 * A plugin function's `capabilities` (API and MCP plugins alike). A `confirm` function (a consequential skill,
 * titled `title`) asks the user in an Adaptive Card before Copilot calls it (`confirmation`) and is marked as
 * changing state (`security_info`); `others` (e.g. the API plugin's `response_semantics`) stand between the two.
 */
export function functionCapabilities(
  title: string,
  confirm: boolean,
  others: { [key: string]: Json } = {},
): { [key: string]: Json } {
  return {
    ...(confirm
      ? {
          confirmation: {
            type: 'AdaptiveCard',
            title: `${title}?`,
            body: `${title}: this acts in your name and can't be undone from the chat. Go ahead only if the proposal shown is what you want.`,
          },
        }
      : {}),
    ...others,
    security_info: {
      data_handling: confirm ? ['GetPrivateData', 'ResourceStateUpdate'] : ['GetPrivateData'],
    },
  };
}
