import {
  entryId,
  listDeviceDrafts,
  openDeviceDraftStore,
  readDeviceDraft,
  removeDeviceDraft,
  writeDeviceDraft,
  type DeviceDraftStore,
} from './browser-store';
import { afterSend, draftFate, type DeviceDraftEntry, type DeviceDraftKind, type DraftSendResult } from './rules';

/*
 * Sends what the phone kept (ADR 10), one entry at a time, when asked (a few seconds after a
 * change), when the connection returns, and when a portal page opens (after signing in again).
 * Browser only; one instance per page, shared by the portal layout and the forms.
 */

export type SyncState = 'saving' | 'saved' | 'offline' | 'signed-out' | 'refused';
export interface SyncEvent {
  kind: DeviceDraftKind;
  id: string;
  state: SyncState;
  message?: string;
  riskKept?: boolean;
}
export type DraftSender = (entry: DeviceDraftEntry) => Promise<DraftSendResult>;

let resolveStore: (store: DeviceDraftStore | null) => void;
const storeReady = new Promise<DeviceDraftStore | null>((resolve) => (resolveStore = resolve));
let senders: Record<DeviceDraftKind, DraftSender> | null = null;
const listeners = new Set<(event: SyncEvent) => void>();
let running: Promise<void> | null = null;
let runAgain = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Entries a form on this page shows its own status for; the layout speaks for the rest. */
const claimed = new Set<string>();
/** Entries handed to a form submit or saved by one: an answer about them arriving later is old news. */
const forgotten = new Set<string>();
/** Both check-ins of a session share its id, so these sets hold kind and id together. */
const slot = (kind: DeviceDraftKind, id: string) => `${kind}:${id}`;
/**
 * Without a phone store (no Web Crypto): the newest answers of each form on this page, waiting
 * for their send, so a change in one form never drops the other's pending send.
 */
const unstored = new Map<string, DeviceDraftEntry>();

/** Called once by the portal layout with the signed-in person's names and key. */
export async function configureDeviceDrafts(
  namespace: string,
  key: string,
  send: Record<DeviceDraftKind, DraftSender>,
): Promise<void> {
  senders = send;
  resolveStore(await openDeviceDraftStore(namespace, key));
}

export const deviceDraftStore = () => storeReady;

export function onSyncEvent(listener: (event: SyncEvent) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const emit = (event: SyncEvent) => listeners.forEach((listener) => listener(event));

/** Keeps an entry on the phone (replacing its earlier state) and sends it after `delayMs`. */
export async function keepAndSend(entry: DeviceDraftEntry, delayMs: number): Promise<void> {
  forgotten.delete(slot(entry.kind, entryId(entry)));
  const store = await storeReady;
  if (store) await writeDeviceDraft(store, entry);
  else unstored.set(slot(entry.kind, entryId(entry)), entry);
  emit({ kind: entry.kind, id: entryId(entry), state: navigator.onLine ? 'saving' : 'offline' });
  clearTimeout(timer);
  timer = setTimeout(() => void sendPending(), delayMs);
}

export function claimDeviceDraft(kind: DeviceDraftKind, id: string): () => void {
  claimed.add(slot(kind, id));
  return () => claimed.delete(slot(kind, id));
}

export const isClaimed = (kind: DeviceDraftKind, id: string) => claimed.has(slot(kind, id));

/** Stops a scheduled send (a form is being submitted with the same answers). */
export function cancelScheduledSend(): void {
  clearTimeout(timer);
}

export async function forgetDeviceDraft(kind: DeviceDraftKind, id: string): Promise<void> {
  forgotten.add(slot(kind, id));
  clearTimeout(timer);
  unstored.delete(slot(kind, id));
  const store = await storeReady;
  if (store) removeDeviceDraft(store, kind, id);
}

export async function readKeptDraft(kind: DeviceDraftKind, id: string): Promise<DeviceDraftEntry | null> {
  const store = await storeReady;
  return store ? readDeviceDraft(store, kind, id) : null;
}

/** Sends every kept entry now, one after another; a second call while sending runs once more after. */
export function sendPending(): Promise<void> {
  if (running) {
    runAgain = true;
    return running;
  }
  running = (async () => {
    do {
      runAgain = false;
      await sendAll();
    } while (runAgain);
  })().finally(() => (running = null));
  return running;
}

async function sendAll(): Promise<void> {
  const store = await storeReady;
  if (!senders) return;
  const entries = store ? await listDeviceDrafts(store) : [...unstored.values()];
  for (const entry of entries) {
    const id = entryId(entry);
    if (draftFate(entry, new Date()) === 'delete') {
      if (store) removeDeviceDraft(store, entry.kind, id);
      else unstored.delete(slot(entry.kind, id));
      continue;
    }
    if (!navigator.onLine) {
      emit({ kind: entry.kind, id, state: 'offline' });
      continue;
    }
    emit({ kind: entry.kind, id, state: 'saving' });
    let result: DraftSendResult;
    try {
      result = await senders[entry.kind](entry);
    } catch {
      emit({ kind: entry.kind, id, state: 'offline' }); // no answer from the server: kept, sent later
      continue;
    }
    if (forgotten.has(slot(entry.kind, id))) continue;
    // Sent (or refused): done with, unless the client changed it meanwhile (the newer one is sent next).
    if (!store && unstored.get(slot(entry.kind, id)) === entry && result.outcome !== 'signed-out')
      unstored.delete(slot(entry.kind, id));
    if (store) {
      const now = await readDeviceDraft(store, entry.kind, id);
      if (now && now.changedAt !== entry.changedAt) {
        runAgain = true; // changed while it was being sent: send the newer answers next
      } else {
        const next = afterSend(entry, result);
        if (next) await writeDeviceDraft(store, next);
        else removeDeviceDraft(store, entry.kind, id);
      }
    }
    emit(
      result.outcome === 'refused'
        ? { kind: entry.kind, id, state: 'refused', message: result.message, riskKept: result.riskKept }
        : { kind: entry.kind, id, state: result.outcome === 'saved' ? 'saved' : 'signed-out' },
    );
  }
}
