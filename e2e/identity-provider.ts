import http from 'node:http';
import Provider from 'oidc-provider';

/**
 * A real OpenID Connect provider for the sign-in flows (oidc-provider, on loopback): the app signs
 * teachers in against it exactly as against a school's Google Workspace or Entra ID. Logging in and
 * consenting happen without a form: the account is the one a test chose last (POST /test/account
 * { "id": … }), "teacher-a" otherwise.
 */
export const IDP_CLIENT = { id: 'newsquiz-e2e', secret: 'e2e-secret-e2e-secret-e2e-secret-e2e' };

export async function startIdentityProvider(port: number, appUrl: string): Promise<() => Promise<void>> {
  let account = 'teacher-a';
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: IDP_CLIENT.id,
        client_secret: IDP_CLIENT.secret,
        redirect_uris: [`${appUrl}/api/auth/callback/school`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    async findAccount(_ctx, id) {
      return {
        accountId: id,
        async claims() {
          const name = id.replace(/^teacher-/, '').toUpperCase();
          return { sub: id, email: `${id}@school.test`, email_verified: true, name: `Teacher ${name}` };
        },
      };
    },
    cookies: { keys: ['e2e-cookie-key'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope([...ctx.oidc.requestParamScopes].join(' '));
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/test/account') {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      account = (JSON.parse(body) as { id: string }).id;
      ctx.status = 204;
      return;
    }
    if (ctx.method === 'GET' && /^\/interaction\/[^/]+$/.test(ctx.path)) {
      await provider.interactionFinished(
        ctx.req,
        ctx.res,
        { login: { accountId: account } },
        {
          mergeWithLastSubmission: false,
        },
      );
      return;
    }
    await next();
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
