package dev.canon.server;

/**
 * A request the server answers with an error status and a JSON body {@code {"error", "detail"}}:
 * {@code error} a short stable code, {@code detail} what to fix.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;
  private final String retryAfter;

  ApiException(int status, String error, String detail) {
    this(status, error, detail, null);
  }

  ApiException(int status, String error, String detail, String retryAfter) {
    super(detail);
    this.status = status;
    this.error = error;
    this.retryAfter = retryAfter;
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }

  /** Seconds for the {@code Retry-After} header, or null. */
  String retryAfter() {
    return retryAfter;
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, "bad_request", detail);
  }
}
