/**
 * A teacher's article id ends with 10 random letters and digits (at least one digit), which makes
 * it unguessable; its sets' ids start with it. Study addresses with such an id are served from the
 * database (proxy.ts), every other one from the prerendered content.
 */
export const AUTHORED_ID_MARK = /-(?=[a-z]*[0-9])[a-z0-9]{10}(?:-|$)/;
