/** A request to file a ticket, phrased at the start ("open a ticket: the VPN is down"). */
export const FILE_TICKET =
  /^(?:please\s+|can you\s+|could you\s+|i need to\s+|i want to\s+|i'd like to\s+)?(?:open|file|create|raise|log|submit|make)\s+(?:me\s+)?(?:a\s+|an\s+|new\s+|a new\s+)?(?:support\s+|it\s+|lab\s+)?(?:ticket|incident|issue|service request|request)\b\s*(?:for|about|on|that|saying)?\s*[:\-–]?\s*/i;
/** A request to file a ticket, phrased at the end ("the barrier is stuck, please open a ticket"). */
export const FILE_TICKET_TRAILING =
  /[,.;]?\s*(?:please\s+)?(?:open|file|create|raise|log)\s+(?:a\s+)?(?:ticket|incident)(?:\s+for (?:it|this|that))?[.!]?$/i;
