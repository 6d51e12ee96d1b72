import { call } from './index';

/**
 * The teacher's account (issue 17): sign-in, passkeys, moving key links into the account, and a
 * colleague's read-only results link. A module of its own so that none of it ships with the pages
 * that do not use it (the student pages import lib/api-client/index.ts).
 */

const seg = encodeURIComponent;

/** A read-only results link's key for a colleague (the one made before stops working). */
export const shareResults = (id: string, key: string) =>
  call<{ viewKey: string }>(`/api/assignments/${seg(id)}/results-link`, { method: 'POST', body: {}, key });

export const stopSharingResults = (id: string, key: string) =>
  call<{ shared: false }>(`/api/assignments/${seg(id)}/results-link`, { method: 'DELETE', key });

export type TeacherHome = {
  signIn: { configured: boolean; providerName: string | null; passkeys: boolean };
  /** email is null for an account made with a passkey alone. */
  teacher: { name: string; email: string | null } | null;
  assignments: Array<{ id: string; title: string; code: string; createdAt: string }>;
  articles: Array<{ id: string; title: string; shared: boolean; updatedAt: string }>;
  passkeys: Array<{ id: string; name: string | null; createdAt: string }>;
};

export const teacherHome = () => call<TeacherHome>('/api/teacher');

/** Starts signing in with the school account: the answer is the identity provider's address to go to. */
export const startSignIn = (callbackURL: string) =>
  call<{ url: string; redirect: boolean }>('/api/auth/sign-in/social', {
    method: 'POST',
    body: { provider: 'school', callbackURL, errorCallbackURL: callbackURL },
  });

export const signOut = () => call<{ success: boolean }>('/api/auth/sign-out', { method: 'POST', body: {} });

/** What claiming links into the account did, item by item. */
export type ClaimOutcome = 'claimed' | 'already-yours' | 'another-account' | 'not-found';
export type ClaimItem = { kind: 'assignment' | 'article'; id: string; key: string };
export const claimLinks = (items: ClaimItem[]) =>
  call<{ results: Array<{ kind: ClaimItem['kind']; id: string; outcome: ClaimOutcome }> }>('/api/teacher/claim', {
    method: 'POST',
    body: { items },
  });

// Passkeys (WebAuthn), through better-auth's passkey plugin. The browser half is @simplewebauthn/browser.
type JsonObject = Record<string, unknown>;
/** Options for making a passkey: for the signed-in teacher, or (with a name) a new account. */
export const passkeyRegistrationOptions = (newAccountName?: string) =>
  call<JsonObject>(
    `/api/auth/passkey/generate-register-options${newAccountName ? `?context=${seg(newAccountName)}` : ''}`,
  );
export const verifyPasskeyRegistration = (response: unknown, createSession: boolean) =>
  call<JsonObject>('/api/auth/passkey/verify-registration', { method: 'POST', body: { response, createSession } });
export const passkeyAuthenticationOptions = () => call<JsonObject>('/api/auth/passkey/generate-authenticate-options');
export const verifyPasskeyAuthentication = (response: unknown) =>
  call<JsonObject>('/api/auth/passkey/verify-authentication', { method: 'POST', body: { response } });
export const deletePasskey = (id: string) =>
  call<{ status: boolean }>('/api/auth/passkey/delete-passkey', { method: 'POST', body: { id } });

/** Ends every session of the signed-in teacher, on every device. */
export const signOutEverywhere = () =>
  call<{ status: boolean }>('/api/auth/revoke-sessions', { method: 'POST', body: {} });
