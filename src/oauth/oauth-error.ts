/** RFC 6749 §5.2 error codes, plus RFC 7591 §3.2.2 and RFC 8707 §2 ones. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'invalid_target'
  | 'access_denied'
  | 'server_error'
  | 'temporarily_unavailable'
  | 'invalid_redirect_uri'
  | 'invalid_client_metadata';

/** The one error of the OAuth endpoints; rendered as `{error, error_description}`. */
export class OAuthError extends Error {
  readonly status: number;
  readonly error: OAuthErrorCode;
  readonly headers: Record<string, string>;

  constructor(
    error: OAuthErrorCode,
    description: string,
    options: { status?: number; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(description, { cause: options.cause });
    this.error = error;
    this.status = options.status ?? (error === 'invalid_client' ? 401 : 400);
    this.headers = options.headers ?? {};
  }

  /** Nothing about a 5xx is shown. */
  get expose(): boolean {
    return this.status < 500;
  }

  toJSON(): { error: string; error_description: string } {
    return this.expose
      ? { error: this.error, error_description: this.message }
      : { error: 'server_error', error_description: 'Something went wrong on our side.' };
  }
}
