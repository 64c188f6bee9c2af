/** A command line Tend cannot run: the message is printed above the usage. */
export class UsageError extends Error {}
