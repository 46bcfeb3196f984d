import type { AccessToken, TokenCredential } from '@azure/identity';

/** A credential and the scopes it was asked for, in order. */
export interface RecordingCredential {
  readonly credential: TokenCredential;
  readonly scopes: string[];
}

/** A `TokenCredential` that hands out `token` (valid for an hour) and records every scope it is asked for. */
export function recordingCredential(token: string): RecordingCredential {
  const scopes: string[] = [];
  const credential: TokenCredential = {
    getToken: async (scope): Promise<AccessToken> => {
      scopes.push(...[scope].flat());
      return { token, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
  return { credential, scopes };
}
