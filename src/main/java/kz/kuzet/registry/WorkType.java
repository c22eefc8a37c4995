package kz.kuzet.registry;

/** the three kinds of monitoring work; a state body is monitored under one or several. */
public enum WorkType {
    INSTALLATION, SUPPORT, OBSERVATION
}
