import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Keeps every file the describe block's tests download (in the order made) instead of saving
 * it: jsdom has no object URLs, and in Chromium the real ones are replaced so that no file is
 * written. Call it inside a `describe`; the list is emptied before each test.
 */
export function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  const { createObjectURL, revokeObjectURL } = URL;
  beforeEach(() => {
    blobs.length = 0;
    URL.createObjectURL = (blob: Blob) => {
      blobs.push(blob);
      return 'blob:skill-ladder-test';
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    vi.restoreAllMocks();
  });
  return blobs;
}
