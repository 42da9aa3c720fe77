// How files reach a partner and come back from it, whatever carries them: an SFTP server
// (sftp-transport.ts) or the partner's outbox and inbox folders on the exchange's own disk
// (folder-transport.ts). Outbound files go to the partner's outbound folder, inbound ones are read
// from its inbound folder.

export type TransportFolder = 'outbound' | 'inbound';

export interface RemoteFile {
  readonly name: string;
  readonly size: number;
}

/** 'sent' when the file was put now; 'already-there' when a complete copy was found from an earlier try. */
export type PutOutcome = 'sent' | 'already-there';

export interface Transport {
  /** Where files go, for messages and the delivery's record (no key, no password). */
  readonly description: string;
  /**
   * Puts the local file under `name` in the outbound folder, complete or not at all: it is written
   * under a temporary name and renamed once whole, so the partner never picks up half a file.
   */
  put(localPath: string, name: string): Promise<PutOutcome>;
  /** The files in the folder (the inbound folder by default), temporary ones left out. */
  list(folder?: TransportFolder): Promise<RemoteFile[]>;
  get(name: string, folder?: TransportFolder): Promise<Buffer>;
  rename(from: string, to: string, folder: TransportFolder): Promise<void>;
  remove(name: string, folder: TransportFolder): Promise<void>;
  close(): Promise<void>;
}

/** The suffix of a file still being written; such files are never listed nor collected. */
export const PARTIAL_SUFFIX = '.partial';

/** A plain file name: no folder, no "..", nothing a partner could use to write elsewhere. */
export function isPlainFileName(name: string): boolean {
  return /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,200}$/.test(name) && !name.includes('..');
}
