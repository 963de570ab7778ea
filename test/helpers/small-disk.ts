// A real small or read-only file system for tests of full and read-only disks: a tmpfs mounted in
// a temporary folder. Mounting needs root; callers skip (saying so) where it is not available.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';

export interface SmallDisk {
  path: string;
  readOnly(): void;
  unmount(): void;
}

export function canMount(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0;
}

export function mountSmallDisk(path: string, sizeKiB: number): SmallDisk {
  mkdirSync(path, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', path]);
  return {
    path,
    readOnly: () => execFileSync('mount', ['-o', 'remount,ro', path]),
    unmount: () => {
      try {
        execFileSync('umount', ['-l', path]);
      } finally {
        rmSync(path, { recursive: true, force: true });
      }
    },
  };
}

/** Fills the disk: writes a file until the file system says it is full. */
export function fillDisk(path: string): void {
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${path}/filler`, 'bs=4k'], { stdio: 'ignore' });
  } catch {
    // dd stops with "No space left on device": that is the point.
  }
}
