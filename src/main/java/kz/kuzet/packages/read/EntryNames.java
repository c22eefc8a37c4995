package kz.kuzet.packages.read;

/** Entry names that stay inside the folder a package could be unpacked into. */
final class EntryNames {

    private EntryNames() {
    }

    /** Whether the name is a plain relative path: no '..', no absolute or drive path, no backslash, no NUL. */
    static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.length() > 255) {
            return false;
        }
        if (name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() && !name.endsWith("/") || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }
}
