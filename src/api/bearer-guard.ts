/**
 * Write access: `Authorization: Bearer <token>` against the configured token (env DYAD_TOKEN).
 * Runs as an onRequest hook, so an unauthorised client cannot make the server read its body.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";
import { errorBody } from "./api-errors.js";

/** Message of the 403 every write endpoint answers while no token is configured. */
export const WRITES_DISABLED =
  "write endpoints are disabled: start `dyad serve` with the environment variable DYAD_TOKEN set, " +
  "then send the header `Authorization: Bearer <DYAD_TOKEN>`";

/** Builds the onRequest hook that lets a request through only with the right bearer token. */
export function bearerGuard(token: string | undefined) {
  const expected = token === undefined || token === "" ? undefined : digest(token);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (expected === undefined) {
      await reply.code(403).send(errorBody(403, "writes-disabled", WRITES_DISABLED));
      return;
    }
    const given = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? "")?.[1];
    if (given === undefined) {
      await reply
        .code(401)
        .header("www-authenticate", 'Bearer realm="dyad"')
        .send(
          errorBody(
            401,
            "unauthorized",
            "this endpoint needs the header `Authorization: Bearer <DYAD_TOKEN>`",
          ),
        );
      return;
    }
    // Comparing fixed-size digests in constant time leaks neither the token nor its length.
    if (!timingSafeEqual(digest(given), expected)) {
      await reply
        .code(403)
        .send(errorBody(403, "forbidden", "the bearer token is not the server's DYAD_TOKEN"));
    }
  };
}

function digest(s: string): Buffer {
  return createHash("sha256").update(s, "utf8").digest();
}
