/** A setting in the environment that Tend cannot run with; the message says which and why. */
export class ConfigError extends Error {}
