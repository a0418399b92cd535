import { deviceDraftKey, ownDraftKeys, parseDraftEntry, type DeviceDraftEntry, type DeviceDraftKind } from './rules';

/*
 * The phone's copy of unsent answers (ADR 10): localStorage, each entry encrypted with AES-GCM
 * under the signed-in person's key (given by the server with the page). Browser only. Without
 * Web Crypto or storage (plain http, private mode with storage off) nothing is kept on the
 * phone and the portal works as it always did.
 */

export interface DeviceDraftStore {
  namespace: string;
  key: CryptoKey;
}

const bytes = (base64url: string) =>
  Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
const base64url = (data: Uint8Array) =>
  btoa(String.fromCharCode(...data))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

export async function openDeviceDraftStore(namespace: string, rawKey: string): Promise<DeviceDraftStore | null> {
  try {
    if (typeof window === 'undefined' || !window.isSecureContext || !crypto.subtle || !window.localStorage) return null;
    const key = await crypto.subtle.importKey('raw', bytes(rawKey), 'AES-GCM', false, ['encrypt', 'decrypt']);
    return { namespace, key };
  } catch {
    return null;
  }
}

const entryId = (entry: DeviceDraftEntry) => (entry.kind === 'tick' ? entry.submissionKey : entry.therapySessionId);

export async function writeDeviceDraft(store: DeviceDraftStore, entry: DeviceDraftEntry): Promise<void> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, store.key, new TextEncoder().encode(JSON.stringify(entry))),
  );
  try {
    localStorage.setItem(
      deviceDraftKey(store.namespace, entry.kind, entryId(entry)),
      `${base64url(iv)}.${base64url(sealed)}`,
    );
  } catch {
    // Storage full or switched off: the answers still go to the server while online.
  }
}

export function removeDeviceDraft(store: DeviceDraftStore, kind: DeviceDraftKind, id: string): void {
  localStorage.removeItem(deviceDraftKey(store.namespace, kind, id));
}

async function open(store: DeviceDraftStore, name: string): Promise<DeviceDraftEntry | null> {
  const stored = localStorage.getItem(name);
  if (!stored) return null;
  try {
    const [iv, sealed] = stored.split('.');
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes(iv!) }, store.key, bytes(sealed!));
    const entry = parseDraftEntry(new TextDecoder().decode(plain));
    if (entry) return entry;
  } catch {
    // Not readable with this key (a rotated secret, a damaged value): it can never be sent.
  }
  localStorage.removeItem(name);
  return null;
}

export function readDeviceDraft(
  store: DeviceDraftStore,
  kind: DeviceDraftKind,
  id: string,
): Promise<DeviceDraftEntry | null> {
  return open(store, deviceDraftKey(store.namespace, kind, id));
}

/** This person's entries; other people's on the same phone are never opened. */
export async function listDeviceDrafts(store: DeviceDraftStore): Promise<DeviceDraftEntry[]> {
  const names = ownDraftKeys(
    store.namespace,
    Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? ''),
  );
  const entries = await Promise.all(names.map((name) => open(store, name)));
  return entries.filter((entry): entry is DeviceDraftEntry => entry !== null);
}

export { entryId };
