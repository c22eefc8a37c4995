package kz.kuzet.registry;

/** The state body's network contour where an object runs (R-10.3.c, the annex's two sections). */
public enum Contour {
    INTERNAL, EXTERNAL
}
