import {
  passkeyAuthenticationOptions,
  passkeyRegistrationOptions,
  verifyPasskeyAuthentication,
  verifyPasskeyRegistration,
} from '@/lib/api-client/accounts';

/**
 * The browser half of passkeys (WebAuthn): the server's options go to the browser's passkey prompt
 * (through @simplewebauthn/browser, loaded only when a teacher asks for a passkey), and its answer goes
 * back to be verified. Every outcome is a sentence for the teacher; nothing throws.
 */
export type PasskeyOutcome = { ok: true } | { ok: false; message: string };

const CANCELLED = 'The passkey prompt was closed before it finished. Nothing changed: try again when ready.';

function describe(error: unknown, doing: string): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError') return CANCELLED;
  if (name === 'InvalidStateError') return 'This device already holds a passkey for this account.';
  if (name === 'SecurityError') return 'This address cannot hold passkeys: they need https (or localhost).';
  if (name === 'NotSupportedError') return 'This browser cannot make passkeys. Try an up-to-date browser.';
  return `Could not ${doing}: ${error instanceof Error ? error.message : 'the browser refused'}.`;
}

/** Makes a passkey: for a new account named `newAccountName` (and signs in), or for the signed-in teacher. */
export async function makePasskey(newAccountName?: string): Promise<PasskeyOutcome> {
  const options = await passkeyRegistrationOptions(newAccountName);
  if (!options.ok) return { ok: false, message: options.error.message };
  let response: unknown;
  try {
    const { startRegistration } = await import('@simplewebauthn/browser');
    response = await startRegistration({ optionsJSON: options.data as never });
  } catch (error) {
    return { ok: false, message: describe(error, 'make a passkey') };
  }
  const verified = await verifyPasskeyRegistration(response, Boolean(newAccountName));
  return verified.ok ? { ok: true } : { ok: false, message: verified.error.message };
}

/** Signs in with a passkey this device (or a phone nearby) holds. */
export async function signInWithPasskey(): Promise<PasskeyOutcome> {
  const options = await passkeyAuthenticationOptions();
  if (!options.ok) return { ok: false, message: options.error.message };
  let response: unknown;
  try {
    const { startAuthentication } = await import('@simplewebauthn/browser');
    response = await startAuthentication({ optionsJSON: options.data as never });
  } catch (error) {
    return { ok: false, message: describe(error, 'sign in with a passkey') };
  }
  const verified = await verifyPasskeyAuthentication(response);
  if (verified.ok) return { ok: true };
  if (verified.error.status === 400) {
    return {
      ok: false,
      message: 'Signing in with the passkey did not finish (it may have taken too long): try again.',
    };
  }
  if (verified.error.status === 401) {
    return {
      ok: false,
      message:
        'That passkey does not open any account here (it may have been removed). Sign in another way, then add a passkey again.',
    };
  }
  return { ok: false, message: verified.error.message };
}
