/**
 * The digit lab in the browser: fetches the shipped files from the URLs Vite emitted
 * (same origin, content-hashed, see src/lab/labFiles.ts) when a widget first asks, decodes
 * them, and shares each decoded file between the widgets of a page (one request per file).
 */
import {
  LAB_FILES,
  decodeDigits,
  decodeNetwork,
  dequantize,
  type DigitSet,
  type Network,
} from '../../lab';

export type LabModel = 'linear' | 'hidden84';
/** The shipped models, in the order the model switch lists them. */
export const LAB_MODELS: readonly LabModel[] = ['linear', 'hidden84'];

const pending = new Map<string, Promise<unknown>>();

async function bytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  let p = pending.get(key) as Promise<T> | undefined;
  if (!p) {
    p = make();
    // A failed download may be retried later (e.g. after the connection comes back).
    p.catch(() => pending.delete(key));
    pending.set(key, p);
  }
  return p;
}

/** A shipped model, dequantized. */
export const loadModel = (model: LabModel): Promise<Network> =>
  once(`model:${model}`, async () =>
    dequantize(
      decodeNetwork(
        await bytes(model === 'linear' ? LAB_FILES.softmaxRegression : LAB_FILES.hidden84),
      ),
    ),
  );

/** A shipped digit set. */
export const loadDigits = (set: 'test' | 'validation' | 'train'): Promise<DigitSet> =>
  once(`digits:${set}`, async () => decodeDigits(await bytes(LAB_FILES[set])));

/** The inverse of labBuild's packDigit: 196 hex characters → 784 pixels (0/1). */
export function unpackDigit(hex: string): Uint8Array {
  const out = new Uint8Array(784);
  for (let c = 0; c < 196; c++) {
    const v = parseInt(hex[c] ?? '0', 16) || 0;
    out[4 * c] = (v >> 3) & 1;
    out[4 * c + 1] = (v >> 2) & 1;
    out[4 * c + 2] = (v >> 1) & 1;
    out[4 * c + 3] = v & 1;
  }
  return out;
}
