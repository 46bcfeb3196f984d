/** One current member of a conversation, as the Bot Framework connector lists it (`TeamsChannelAccount`). */
export interface RosterMember {
  /** Channel user id (`29:...`). */
  readonly id: string;
  /** Entra object id; absent for some guests and anonymous meeting participants. */
  readonly aadObjectId?: string;
  /** The member's home tenant; another tenant than the bot's marks an external (shared channel) member. */
  readonly tenantId?: string;
  /** Teams' role: `user`, `guest` or `anonymous`. */
  readonly userRole?: string;
}
