/**
 * Whether a post to a page carries a body that no form or server-action call of ours could have
 * sent: a multipart body that does not parse, or a server-action call (Next-Action header) whose
 * text body is not JSON (React encodes an action's arguments as JSON). Next.js answers those with
 * a 500; the proxy answers 400 instead. Reads a copy, so the body still reaches Next.js.
 */
export async function hasMalformedActionBody(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  try {
    if (type.startsWith("multipart/form-data")) {
      await request.clone().formData();
    } else if (request.headers.has("next-action") && type.startsWith("text/plain")) {
      JSON.parse(await request.clone().text());
    }
    return false;
  } catch {
    return true;
  }
}
