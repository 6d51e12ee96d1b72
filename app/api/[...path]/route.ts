import { jsonError } from '@/lib/api/responses';

/** Unknown API paths answer in JSON too, not with the HTML 404 page. */
function notFound(request: Request) {
  return jsonError(404, `No API endpoint at ${new URL(request.url).pathname}`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
