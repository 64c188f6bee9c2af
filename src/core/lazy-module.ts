/**
 * A package loaded the first time it is needed, once. What only some requests or some
 * configurations use (a chat model's SDK, the fetch that leaves the server, file sniffing)
 * would otherwise be read and compiled on every start (docs/design.md §7: start to ready).
 */
export interface LazyModule<T> {
  /** The module, loading it on the first call. */
  load(): Promise<T>;
  /** The module if it has finished loading, else undefined. */
  loaded(): T | undefined;
}

export function lazyModule<T>(importIt: () => Promise<T>): LazyModule<T> {
  let loading: Promise<T> | undefined;
  let module: T | undefined;
  return {
    load: () => {
      loading ??= importIt().then(
        (loadedModule) => {
          module = loadedModule;
          return loadedModule;
        },
        (error: unknown) => {
          // A failed load (a missing optional package, say) is tried again next time.
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
    loaded: () => module,
  };
}
