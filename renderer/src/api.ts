// The renderer's only door to the app: `window.assay`, exposed by the preload. Each call returns a
// Result; `unwrap` turns an error Result into an ApiError the pages show.
import type { AppError, AppErrorCode, AssayApi, Result } from '../../electron/ipc-contract.js';

declare global {
  interface Window {
    assay?: AssayApi;
  }
}

export class ApiError extends Error {
  readonly code: AppErrorCode;
  constructor(error: AppError) {
    super(error.message);
    this.code = error.code;
  }
}

export function getApi(): AssayApi {
  const api = window.assay;
  if (!api) throw new ApiError({ code: 'unavailable', message: 'The Assay bridge is missing: this page must run inside the Assay app.' });
  return api;
}

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Calls `window.assay.<method>` and unwraps the Result. */
export function call<T>(run: (api: AssayApi) => Promise<Result<T>>): Promise<T> {
  try {
    return unwrap(run(getApi()));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
