/**
 * Error replies of the API: one JSON shape for every error, 400 for anything the client can fix
 * (named field), and 500 without internals for bugs and store faults (logged in full).
 */
import type { FastifyError, FastifyInstance } from "fastify";
import { UsageError } from "../core/errors.js";
import { formatValidationErrors } from "./validator-compiler.js";

/** The JSON body of every API error. */
export interface ErrorBody {
  readonly statusCode: number;
  readonly error: string;
  /** Stable kebab-case code. */
  readonly code: string;
  readonly message: string;
}

const REASONS: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  500: "Internal Server Error",
};

/** Builds the JSON body of an API error. */
export function errorBody(statusCode: number, code: string, message: string): ErrorBody {
  return { statusCode, error: REASONS[statusCode] ?? "Error", code, message };
}

/** Installs the error and not-found handlers; `bodyLimit` is named in 413 messages. */
export function installErrorHandlers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    const body = clientError(err, bodyLimit);
    if (body) return reply.code(body.statusCode).send(body);
    request.log.error({ err }, "request failed");
    return reply
      .code(500)
      .send(errorBody(500, "internal", "internal error; the server log has the details"));
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(
        errorBody(404, "no-route", `no route ${request.method} ${request.url.split("?")[0] ?? ""}`),
      ),
  );
}

/** The reply for an error the client caused, or undefined for a server fault. */
function clientError(err: FastifyError, bodyLimit: number): ErrorBody | undefined {
  if (err.validation) {
    return errorBody(
      400,
      "invalid-request",
      formatValidationErrors(err.validation, err.validationContext ?? "request"),
    );
  }
  // The store rejects what the schemas cannot see (a cursor of another sort order).
  if (err instanceof UsageError) return errorBody(400, "invalid-request", err.message);
  if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return errorBody(
      413,
      "body-too-large",
      `request body is larger than the limit of ${bodyLimit} bytes`,
    );
  }
  const status = err.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return errorBody(status, kebab(err.code ?? "bad-request"), err.message);
  }
  return undefined;
}

/** FST_ERR_CTP_INVALID_MEDIA_TYPE -> ctp-invalid-media-type. */
function kebab(code: string): string {
  return code
    .replace(/^FST_ERR_/, "")
    .toLowerCase()
    .replace(/_/g, "-");
}
