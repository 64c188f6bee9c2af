import { HttpError, type ProblemFieldError } from '../http-error.ts';

/** The body was sent as JSON but does not parse. */
export function malformedJson(): HttpError {
  return new HttpError({
    status: 400,
    code: 'malformed_json',
    title: 'Malformed JSON',
    detail: 'The request body is not valid JSON.',
    hint: 'Send a JSON object with the fields this operation takes.',
    errors: [{ pointer: '/body', reason: 'is not valid JSON' }],
  });
}

/** The body could not be read at all: cut short, or compressed data that does not inflate. */
export function malformedBody(): HttpError {
  return new HttpError({
    status: 400,
    code: 'malformed_body',
    title: 'Malformed body',
    detail: 'The request body could not be read: it is cut short or does not decompress.',
    hint: 'Send the whole body again, uncompressed or as valid gzip or deflate.',
    errors: [{ pointer: '/body', reason: 'could not be read' }],
  });
}

/** A percent-escape in the path does not decode as UTF-8 (RFC 3986 §2.1). */
export function malformedPath(): HttpError {
  return new HttpError({
    status: 400,
    code: 'malformed_path',
    title: 'Malformed path',
    detail: 'The path holds a percent-escape that is not UTF-8.',
    hint: 'Percent-encode each path segment as UTF-8.',
  });
}

/** Node's parser could not read the request as HTTP/1.1 (a control character in a header). */
export function malformedRequest(): HttpError {
  return new HttpError({
    status: 400,
    code: 'malformed_request',
    title: 'Malformed request',
    detail: 'The request is not valid HTTP/1.1 (for instance a control character in a header).',
    hint: 'Send header values of printable ASCII only.',
  });
}

/** The body is larger than the parser reads. */
export function payloadTooLarge(): HttpError {
  return new HttpError({
    status: 413,
    code: 'payload_too_large',
    title: 'Payload too large',
    detail: 'The request body is larger than 1 MB.',
  });
}

/** The body is in a charset other than UTF-8. */
export function unsupportedMediaType(): HttpError {
  return new HttpError({
    status: 415,
    code: 'unsupported_media_type',
    title: 'Unsupported media type',
    detail: 'Send the body as UTF-8 JSON.',
  });
}

/**
 * RFC 9110 §15.5.16: the body is in a coding Tend does not read; `Accept-Encoding` lists the
 * `accepted` codings. `coding` is the one sent, when it is known.
 */
export function unsupportedContentEncoding(
  accepted: readonly string[],
  coding?: string,
): HttpError {
  const named = coding === undefined ? 'this' : `the ${JSON.stringify(coding.slice(0, 40))}`;
  return new HttpError({
    status: 415,
    code: 'unsupported_content_encoding',
    title: 'Unsupported content encoding',
    detail: `Tend does not read request bodies in ${named} coding.`,
    hint: `Send the body uncompressed, or compressed with ${accepted.join(' or ')}.`,
    headers: { 'Accept-Encoding': accepted.join(', ') },
  });
}

/** The body nests arrays or objects deeper than any body the contract describes. */
export function nestingTooDeep(pointer: string, maxDepth: number): HttpError {
  return new HttpError({
    status: 400,
    code: 'nesting_too_deep',
    title: 'Nesting too deep',
    detail: `The body nests arrays or objects deeper than ${maxDepth} levels.`,
    hint: 'Send the fields this operation takes, as its schema describes them.',
    errors: [{ pointer, reason: `nests deeper than ${maxDepth} levels` }],
  });
}

/** Text anywhere in the request holds NUL or a lone UTF-16 surrogate; `errors` name where. */
export function invalidCharacters(errors: ProblemFieldError[]): HttpError {
  return new HttpError({
    status: 400,
    code: 'invalid_characters',
    title: 'Invalid characters',
    detail: 'Text in the request contains NUL or unpaired UTF-16 surrogates.',
    hint: 'Remove the control characters or broken emoji from the listed fields and send it again.',
    errors,
  });
}

/** The client did not finish sending the request in time. */
export function requestTimeout(): HttpError {
  return new HttpError({ status: 408, code: 'request_timeout', title: 'Request timeout' });
}

/** RFC 9110 §15.5.15: the request target is longer than Tend reads; `hasQuery` blames the query. */
export function uriTooLong(maxBytes: number, hasQuery = false): HttpError {
  return new HttpError({
    ...(hasQuery && { errors: [{ pointer: '/query', reason: 'is too long' }] }),
    status: 414,
    code: 'uri_too_long',
    title: 'URI too long',
    detail: `The request target is longer than ${maxBytes} bytes.`,
    hint: 'Send long input in a request body, or fewer and shorter query parameters.',
  });
}

/** RFC 6585 §5: the request line and header fields together are longer than Tend reads. */
export function headerFieldsTooLarge(maxBytes: number): HttpError {
  return new HttpError({
    status: 431,
    code: 'header_fields_too_large',
    title: 'Request header fields too large',
    detail: `The request's header fields are longer than ${maxBytes} bytes together.`,
    hint: 'Send fewer or shorter headers (cookies included).',
  });
}
