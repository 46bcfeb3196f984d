import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { freePort } from '../support/freePort';
import { launchBrowser } from './browser';
import { PlaygroundPage } from './PlaygroundPage';
import { writePlaygroundConfig } from './playgroundConfig';
import { startProduct, type RunningProduct } from './startProduct';
import { suiteResource } from '../support/suiteResource';

/** Bounds: product start-up (ingest included), one bot reply, clean Ctrl-C. */
export const STARTUP_MS = 120000;
export const REPLY_MS = 30000;
export const EXIT_MS = 10000;

export interface PlaygroundProductOptions {
  /** Prefix of the temporary folder (the product's `DATA_DIR` unless `env` names another). */
  readonly tmpPrefix: string;
  /**
   * Writes the Playground's configuration file (`.m365agentsplayground.yml`) into the folder first: `true` with
   * the default group chat name, a string to name the group chat.
   */
  readonly playgroundConfig?: boolean | string;
  /** More environment for `npm start` (may write files into `dir` first); overrides the defaults. */
  readonly env?: (dir: string) => Record<string, string> | Promise<Record<string, string>>;
}

export interface PlaygroundProduct {
  /** The temporary folder, removed by `close`. */
  readonly dir: string;
  readonly product: RunningProduct;
  readonly browser: Browser;
  /** Closes the browser, interrupts the product (Ctrl-C, `EXIT_MS` at most) and removes `dir`. */
  close(): Promise<void>;
}

export interface PlaygroundSession extends PlaygroundProduct {
  /** The Playground, open in a page of `browser`. */
  readonly ui: PlaygroundPage;
}

/**
 * `npm start` on free ports with a fresh temporary `DATA_DIR` (and the Playground's configuration when asked),
 * then headless chromium. If a step fails, what had started is stopped and the folder removed before it rejects.
 */
export async function startPlaygroundProduct(options: PlaygroundProductOptions): Promise<PlaygroundProduct> {
  const dir = await mkdtemp(path.join(os.tmpdir(), options.tmpPrefix));
  let product: RunningProduct | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await product?.interrupt(EXIT_MS);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    if (options.playgroundConfig !== undefined && options.playgroundConfig !== false) {
      await (typeof options.playgroundConfig === 'string'
        ? writePlaygroundConfig(dir, options.playgroundConfig)
        : writePlaygroundConfig(dir));
    }
    product = await startProduct(
      {
        PORT: String(await freePort()),
        PLAYGROUND_PORT: String(await freePort()),
        DATA_DIR: dir,
        ...(await options.env?.(dir)),
      },
      STARTUP_MS,
    );
    browser = await launchBrowser();
  } catch (error) {
    await close();
    throw error;
  }
  return { dir, product, browser, close };
}

/**
 * `startPlaygroundProduct`, then the Playground open in a new page of `viewport` (default 1280 x 1000): the
 * shared start-up of the Agents Playground end-to-end suites.
 */
export async function startPlayground(
  options: PlaygroundProductOptions & { readonly viewport?: { width: number; height: number } },
): Promise<PlaygroundSession> {
  const started = await startPlaygroundProduct(options);
  try {
    const ui = new PlaygroundPage(
      await started.browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 1000 } }),
    );
    await ui.open(started.product.playgroundUrl);
    return { ...started, ui };
  } catch (error) {
    await started.close();
    throw error;
  }
}

/** What a suite's `usePlayground` holds: set by its `before` hook, unset before it and after a failed start. */
export interface PlaygroundSuite {
  readonly product: RunningProduct | undefined;
  /** The Playground page; throws before the suite's `before` hook has opened it. */
  readonly ui: PlaygroundPage;
}

/** Mocha hooks: `startPlayground(options)` before the suite's tests, closed after them. */
export function usePlayground(options: Parameters<typeof startPlayground>[0]): PlaygroundSuite {
  let session: PlaygroundSession | undefined;
  const started = suiteResource(
    'the Playground',
    async () => (session = await startPlayground(options)),
    (running) => running.close(),
  );
  return {
    get product() {
      return session?.product;
    },
    get ui() {
      return started().ui;
    },
  };
}
