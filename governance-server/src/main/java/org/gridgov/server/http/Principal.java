package org.gridgov.server.http;

/**
 * Who a request's credentials name, as the access log may show it: the principal's id from the tokens file, never
 * the token. {@code anonymous} when the request carried none.
 */
public final class Principal {
    private static final ThreadLocal<String> CURRENT = ThreadLocal.withInitial(() -> "anonymous");

    private Principal() {
    }

    /** Records the principal of the request this thread serves. */
    public static void current(String id) {
        CURRENT.set(id);
    }

    static String take() {
        String id = CURRENT.get();
        CURRENT.remove();
        return id;
    }
}
