/** The Node flags `npm start` runs the server with. */
export const SERVER_NODE_FLAGS: readonly string[];
