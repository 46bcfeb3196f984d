import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import type { AuthenticateRequestResult, ConnectorClient, UserTokenClient } from 'botframework-connector';
import { ReusedClients } from '../../host/outbound/ReusedClients';

/**
 * The teams-ai adapter with authentication split from the turn, so the HTTP layer can refuse a request (401,
 * coded, logged) before any bot logic runs, instead of relying on the adapter's own error answer (which echoes
 * validation messages and answers some signature failures 500). Both halves are botbuilder's own code:
 * `authenticate` is `BotFrameworkAuthentication.authenticateRequest` (signature against the channel's OpenID
 * keys, issuer, audience = the app id, `serviceurl` claim = the activity's, endorsements), `run` is the
 * adapter's `processActivity` with that result.
 */
export class AuthenticatingAdapter extends TeamsAdapter {
  /** Set by `reuseClients`: turns reuse the connector and user-token clients of earlier turns. */
  private clients: ReusedClients<ConnectorClient, UserTokenClient> | undefined;
  reuseClients(clients = new ReusedClients<ConnectorClient, UserTokenClient>()): void {
    this.clients = clients;
    const auth = this.botFrameworkAuthentication;
    const build = auth.createUserTokenClient.bind(auth);
    auth.createUserTokenClient = (claims) => clients.userTokenClient(claims, build);
  }

  /** Validates `authorization` for `activity`; rejects (any error) when the request is not authenticated. */
  authenticate(activity: Activity, authorization: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authorization);
  }

  /** Runs the turn for an authenticated request; resolves to the invoke response (invokes, expectReplies). */
  run(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(this.clients?.reusing(authenticated) ?? authenticated, activity, logic);
  }
}
