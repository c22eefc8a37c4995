package kz.kuzet.cli;

/** Turns an exception into the one-line reason a command prints on failure. */
final class Failures {
    private Failures() {
    }

    static String oneLine(Throwable ex) {
        if (ex instanceof CommandFailure || ex instanceof kz.kuzet.store.StoreException
                || ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
                || ex instanceof kz.kuzet.security.AccessDeniedException) {
            return flatten(ex.getMessage());
        }
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return flatten(message);
    }

    private static String flatten(String s) {
        return s == null ? "failed" : s.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
